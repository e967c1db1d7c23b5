/*
 * jsonline.h - a fast path for reading one JSON object from a line.
 *
 * jansson reads a string a character at a time through its stream layer
 * (about 30 MB/s); a doc record is one string of a whole article or a whole
 * WET segment, so reading dominated nf-segment.  nf_jsonline_object() reads
 * the common shape - a flat object whose string values are plain UTF-8 -
 * with bulk scans, and hands every other value (numbers, literals, arrays,
 * nested objects) to jansson itself, span by span.
 *
 * It never accepts what jansson would reject: on anything it does not
 * handle, or any error, it returns NULL and the caller parses the line with
 * json_loadb(), which then gives the same result or the same message as
 * always.  So it is an optimisation only, not a second JSON dialect.
 */
#ifndef NF_JSONLINE_H
#define NF_JSONLINE_H

#include <stddef.h>

#include <jansson.h>

/* Room for decoding escaped strings, kept by the caller between lines. */
typedef struct nf_jsonline_scratch {
	char *p;
	size_t cap;
} nf_jsonline_scratch;

/*
 * Parse s[0..n) as one JSON object (white space around it allowed), s
 * unchanged.  Returns a new object reference, or NULL: not handled here,
 * or not valid (the caller falls back to json_loadb).  sc (zeroed before
 * first use) grows to the longest escaped string seen.  With keys (a
 * NULL-terminated list), the object holds only the members so named: the
 * whole line is still checked, but nothing is built for the rest.
 */
json_t *nf_jsonline_object(const char *s, size_t n, nf_jsonline_scratch *sc,
    const char *const *keys);

/* Free the scratch buffer's memory. */
void nf_jsonline_scratch_free(nf_jsonline_scratch *sc);

#endif
