/*
 * fuzz_file.h - for the fuzz targets that run nf-normalize's whole file
 * path: the input written to a memfd and read back through
 * /proc/self/fd/N, as the filter reads a file named on its command line.
 * Included by one target each; the functions are static.
 */
#ifndef NF_FUZZ_FILE_H
#define NF_FUZZ_FILE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "normalize.h"

/* Write all of s[0..n) to fd or abort. */
static void
fuzz_write(int fd, const void *s, size_t n)
{
	if (n > 0 && write(fd, s, n) != (ssize_t)n)
		abort();
}

/*
 * Normalize head, data and tail, written one after the other to a file,
 * with options o; the records in *buf (*len bytes, free() it).  Aborts
 * when the library breaks its contract: a status other than 0 or -1, or
 * -1 (bad input) without a message saying why.
 */
static void
fuzz_normalize_file(const nf_norm_opts *o, const char *head, size_t head_len,
    const char *data, size_t size, const char *tail, size_t tail_len,
    char **buf, size_t *len)
{
	char path[64];
	nf_error err;
	nf_normalizer *nz;
	FILE *out;
	int fd = memfd_create("fuzz", 0), rc;

	if (fd < 0)
		abort();
	fuzz_write(fd, head, head_len);
	fuzz_write(fd, data, size);
	fuzz_write(fd, tail, tail_len);
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	*buf = NULL;
	*len = 0;
	out = open_memstream(buf, len);
	if (out == NULL || (nz = nf_normalizer_new(o, out)) == NULL)
		abort();
	memset(&err, 0, sizeof err);
	rc = nf_normalize_path(nz, path, NULL, NULL, &err);
	if (rc != 0 && rc != -1)
		abort();
	if (rc == -1 && err.msg[0] == '\0')
		abort();  /* bad input always says why */
	nf_normalizer_free(nz);
	fclose(out);
	close(fd);
}

#endif
