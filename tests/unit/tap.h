/*
 * tap.h - a few macros for C unit tests that print TAP, tallied by
 * tests/run-suite alongside the bats tests.
 *
 *   TAP_OK(cond, "name %d", i)     one test line
 *   TAP_STR(got, want, "name")     equal strings, showing both on failure
 *   return tap_done();             exit status 1 when anything failed
 */
#ifndef NF_TAP_H
#define NF_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_count, tap_failed;

#define TAP_OK(cond, ...) do { \
	int ok_ = (cond) ? 1 : 0; \
	printf("%sok %d - ", ok_ ? "" : "not ", ++tap_count); \
	printf(__VA_ARGS__); \
	putchar('\n'); \
	if (!ok_) { tap_failed++; printf("# %s:%d: failed: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define TAP_STR(got, want, ...) do { \
	const char *g_ = (got), *w_ = (want); \
	int ok_ = (g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0); \
	printf("%sok %d - ", ok_ ? "" : "not ", ++tap_count); \
	printf(__VA_ARGS__); \
	putchar('\n'); \
	if (!ok_) { tap_failed++; printf("# got  '%s'\n# want '%s'\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } \
} while (0)

static inline int
tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif
