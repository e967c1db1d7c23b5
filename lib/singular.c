/*
 * singular.c - English plural nouns to their singular (see singular.h).
 * The exception lists are data at the top.
 */
#include "singular.h"

#include <string.h>
#include <strings.h>

static const struct irregular {
	const char *plural, *singular;
} irregulars[] = {
	{ "people", "person" }, { "children", "child" }, { "men", "man" },
	{ "women", "woman" }, { "feet", "foot" }, { "mice", "mouse" },
	{ "criteria", "criterion" }, { "phenomena", "phenomenon" },
	{ "analyses", "analysis" }, { "crises", "crisis" }, { "theses", "thesis" },
	{ "indices", "index" }, { "species", "species" }, { "series", "series" },
	{ "movies", "movie" }, { "cookies", "cookie" }, { "zombies", "zombie" },
	{ "calories", "calorie" }, { "rookies", "rookie" }, { "selfies", "selfie" },
	{ "lives", "life" }, { "wives", "wife" }, { "knives", "knife" },
	{ "leaves", "leaf" }, { "halves", "half" }, { "shelves", "shelf" },
	{ "loaves", "loaf" }, { "wolves", "wolf" }, { "calves", "calf" },
	{ "thieves", "thief" }, { "selves", "self" },
	{ "heroes", "hero" }, { "potatoes", "potato" }, { "tomatoes", "tomato" },
	{ "vetoes", "veto" }, { "buses", "bus" }, { "campuses", "campus" },
	{ "viruses", "virus" }, { "bonuses", "bonus" }, { "censuses", "census" },
	{ "gases", "gas" }, { "lenses", "lens" }, { "statuses", "status" },
	/* nouns in -i: their plural ends in -is like "basis", which is none */
	{ "taxis", "taxi" }, { "skis", "ski" }, { "kiwis", "kiwi" }, { "safaris", "safari" },
	{ "bikinis", "bikini" }, { "semis", "semi" }, { "wikis", "wiki" }, { "alibis", "alibi" },
	{ "emojis", "emoji" }, { "tsunamis", "tsunami" }, { "rabbis", "rabbi" },
	{ "chilis", "chili" }, { "martinis", "martini" }, { "delis", "deli" },
	{ "minis", "mini" }, { "saris", "sari" }, { "yetis", "yeti" },
	{ "pts", "point" },
	/* plurals without -s: the word is its own singular */
	{ "staff", "staff" }, { "personnel", "personnel" }, { "police", "police" },
	{ "crew", "crew" }, { "cattle", "cattle" }, { "fish", "fish" },
	{ "sheep", "sheep" }, { "aircraft", "aircraft" }, { "spacecraft", "spacecraft" },
	{ "deer", "deer" }, { "offspring", "offspring" }, { "livestock", "livestock" },
	{ "poultry", "poultry" }, { "salmon", "salmon" }, { "swine", "swine" },
	{ "media", "media" }, { "geese", "goose" }, { "teeth", "tooth" },
	{ "oxen", "ox" }, { "alumni", "alumnus" },
};

/* Words that end in -s but are not plural nouns, or are not counted. */
static const char *const not_counted[] = {
	"this", "his", "its", "was", "has", "is", "does", "says", "as", "us",
	"yes", "thus", "plus", "always", "perhaps", "towards", "afterwards",
	"besides", "sometimes", "nevertheless", "less", "unless", "across",
	"whereas", "news", "means", "whose", "chaos", "lens", "bus", "gas",
	"years", "months", "weeks", "days", "hours", "minutes", "seconds",
	"decades", "centuries", "quarters", "nights", "weekends", "mornings",
	"others", "ones", "percents", "terms", "ends", "cents",
	"basis", "status", "campus", "bonus", "focus", "census", "consensus",
	"corpus", "virus", "genius", "plus", "minus", "versus", "process",
	"progress", "success", "access", "address", "business", "express",
	"press", "class", "glass", "mass", "boss", "loss", "cross", "gross",
	"analysis", "emphasis", "crisis", "thesis", "axis", "diagnosis",
	"chassis", "series", "species", "lots", "goes",
	"makes", "takes", "gives", "comes", "seems", "needs", "uses", "aims",
	"plans", "expects", "wants", "remains", "includes", "covers", "runs",
	"hits", "adds", "rises", "falls", "shows", "helps", "hopes", "works",
	"sets", "puts", "gets", "lets", "tells", "keeps", "holds",
};

/* Fields and subjects in -ics: uncountable, though they end in -s (unlike
 * "clinics", "critics", "topics", which are plurals). */
static const char *const mass_ics[] = {
	"robotics", "electronics", "economics", "logistics", "analytics",
	"physics", "mathematics", "politics", "statistics", "genomics",
	"athletics", "aeronautics", "avionics", "optics", "photonics",
	"mechatronics", "informatics", "bioinformatics", "linguistics",
	"ethics", "dynamics", "graphics", "ergonomics", "forensics",
	"semantics", "acoustics", "aerodynamics", "biomechanics", "economics",
	"electrodynamics", "geopolitics", "hydraulics", "microelectronics",
	"nanoelectronics", "optoelectronics", "pharmaceutics", "proteomics",
	"thermodynamics", "telematics", "cybernetics", "esports",
};

bool
nf_mass_noun(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof mass_ics / sizeof mass_ics[0]; i++)
		if ((mass_ics[i][0] == (w[0] | 0x20)) && strlen(mass_ics[i]) == n &&
		    strncasecmp(w, mass_ics[i], n) == 0)
			return true;
	return false;
}

static bool
is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static bool
ends_with(const char *w, size_t n, const char *suf)
{
	size_t l = strlen(suf);

	return n >= l && strncasecmp(w + n - l, suf, l) == 0;
}

bool
nf_singular(const char *w, size_t n, nf_singular_form *out)
{
	if (n == 0)
		return false;
	for (size_t i = 0; i < sizeof irregulars / sizeof irregulars[0]; i++) {
		if (irregulars[i].plural[0] != (w[0] | 0x20))
			continue;
		if (strlen(irregulars[i].plural) == n &&
		    strncasecmp(w, irregulars[i].plural, n) == 0) {
			out->stem = irregulars[i].singular;
			out->stem_len = strlen(irregulars[i].singular);
			out->suffix = "";
			return true;
		}
	}
	if (n < 3 || !ends_with(w, n, "s") || nf_mass_noun(w, n))
		return false;
	for (size_t i = 0; i < sizeof not_counted / sizeof not_counted[0]; i++)
		if (not_counted[i][0] == (w[0] | 0x20) && strlen(not_counted[i]) == n && strncasecmp(w, not_counted[i], n) == 0)
			return false;
	if (ends_with(w, n, "ss") || ends_with(w, n, "us") || ends_with(w, n, "is") ||
	    ends_with(w, n, "'s") || ends_with(w, n, "ous"))
		return false;
	out->stem = w;
	out->suffix = "";
	if (ends_with(w, n, "ies") && n > 4 && is_lower((unsigned char)w[n - 4])) {
		out->stem_len = n - 3;
		out->suffix = "y";
	} else if (ends_with(w, n, "sses") || ends_with(w, n, "shes") ||
	    ends_with(w, n, "ches") || ends_with(w, n, "xes") || ends_with(w, n, "zzes")) {
		out->stem_len = n - 2;
	} else {
		out->stem_len = n - 1;
	}
	return true;
}
