/*
 * singular.h - the singular of an English plural noun, for the unit of a
 * count ("125 companies" -> "company", "1,600 people" -> "person").
 *
 * The result is described, not copied: a stem of the word plus a static
 * suffix, or a static irregular form, so no buffer is needed.
 */
#ifndef NF_SINGULAR_H
#define NF_SINGULAR_H

#include <stdbool.h>
#include <stddef.h>

typedef struct nf_singular_form {
	const char *stem;     /* the word itself, or a static irregular form */
	size_t stem_len;      /* bytes of stem to keep */
	const char *suffix;   /* static text to add after them ("" or "y" ...) */
} nf_singular_form;

/*
 * Whether w[0..n) is a plural noun a count can be made of, and its
 * singular.  Returns false for words that only look plural ("this",
 * "always", "business", "analysis", "various") and for words that are
 * not counted things (time units, "percent").  Irregular plurals
 * (people, children, men, women) are known, and plurals without -s whose
 * singular is the word itself (staff, personnel, police, crew, cattle,
 * fish, sheep, aircraft, media); the regular rules are
 * -ies -> -y, -sses/-shes/-ches/-xes/-zes -> drop -es, -s -> drop -s.
 */
bool nf_singular(const char *w, size_t n, nf_singular_form *out);

/*
 * Whether w[0..n) is a mass noun that only looks plural: fields and
 * subjects in -ics ("robotics", "electronics", "economics").  Such a word
 * is no counted noun but may modify one: "1,000 robotics jobs" counts jobs.
 */
bool nf_mass_noun(const char *w, size_t n);

#endif
