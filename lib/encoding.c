/*
 * encoding.c - encoding labels, detection and streaming conversion to UTF-8
 * (see encoding.h).
 *
 * The two tables below are the data: the encodings we decode and the labels
 * that name them (after the WHATWG Encoding Standard's label list, plus the
 * names ICU's detector and iconv use).
 */
#include "encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/ucsdet.h>

#include "dbcs.h"
#include "utf8.h"

enum {
	E_UTF8, E_UTF16LE, E_UTF16BE, E_UTF32LE, E_UTF32BE, E_1252, E_GB18030,
	E_BIG5, E_SJIS, E_EUCJP, E_2022JP, E_EUCKR, E_2022KR, E_2022CN, E_EUCTW,
	E_1250, E_1251, E_1253, E_1254, E_1255, E_1256, E_1257, E_1258, E_874,
	E_8859_2, E_8859_3, E_8859_4, E_8859_5, E_8859_6, E_8859_7, E_8859_8,
	E_8859_10, E_8859_13, E_8859_14, E_8859_15, E_8859_16, E_KOI8R, E_KOI8U,
	E_IBM866, E_MAC, E_MACCYR, E_COUNT
};

static const nf_encoding encodings[E_COUNT] = {
	[E_UTF8] = { "UTF-8", "UTF-8", NF_ENC_UTF8 },
	[E_UTF16LE] = { "UTF-16LE", "UTF-16LE", NF_ENC_UTF16LE },
	[E_UTF16BE] = { "UTF-16BE", "UTF-16BE", NF_ENC_UTF16BE },
	[E_UTF32LE] = { "UTF-32LE", "UTF-32LE", NF_ENC_UTF32LE },
	[E_UTF32BE] = { "UTF-32BE", "UTF-32BE", NF_ENC_UTF32BE },
	[E_1252] = { "windows-1252", "CP1252", NF_ENC_CP1252 },
	[E_GB18030] = { "GB18030", "GB18030", NF_ENC_ICONV },
	[E_BIG5] = { "Big5", "BIG5-HKSCS", NF_ENC_ICONV },
	[E_SJIS] = { "Shift_JIS", "WINDOWS-31J", NF_ENC_ICONV },
	[E_EUCJP] = { "EUC-JP", "EUC-JP", NF_ENC_ICONV },
	[E_2022JP] = { "ISO-2022-JP", "ISO-2022-JP", NF_ENC_ICONV },
	[E_EUCKR] = { "EUC-KR", "CP949", NF_ENC_ICONV },
	[E_2022KR] = { "ISO-2022-KR", "ISO-2022-KR", NF_ENC_ICONV },
	[E_2022CN] = { "ISO-2022-CN", "ISO-2022-CN-EXT", NF_ENC_ICONV },
	[E_EUCTW] = { "EUC-TW", "EUC-TW", NF_ENC_ICONV },
	[E_1250] = { "windows-1250", "CP1250", NF_ENC_ICONV },
	[E_1251] = { "windows-1251", "CP1251", NF_ENC_ICONV },
	[E_1253] = { "windows-1253", "CP1253", NF_ENC_ICONV },
	[E_1254] = { "windows-1254", "CP1254", NF_ENC_ICONV },
	[E_1255] = { "windows-1255", "CP1255", NF_ENC_ICONV },
	[E_1256] = { "windows-1256", "CP1256", NF_ENC_ICONV },
	[E_1257] = { "windows-1257", "CP1257", NF_ENC_ICONV },
	[E_1258] = { "windows-1258", "CP1258", NF_ENC_ICONV },
	[E_874] = { "windows-874", "CP874", NF_ENC_ICONV },
	[E_8859_2] = { "ISO-8859-2", "ISO-8859-2", NF_ENC_ICONV },
	[E_8859_3] = { "ISO-8859-3", "ISO-8859-3", NF_ENC_ICONV },
	[E_8859_4] = { "ISO-8859-4", "ISO-8859-4", NF_ENC_ICONV },
	[E_8859_5] = { "ISO-8859-5", "ISO-8859-5", NF_ENC_ICONV },
	[E_8859_6] = { "ISO-8859-6", "ISO-8859-6", NF_ENC_ICONV },
	[E_8859_7] = { "ISO-8859-7", "ISO-8859-7", NF_ENC_ICONV },
	[E_8859_8] = { "ISO-8859-8", "ISO-8859-8", NF_ENC_ICONV },
	[E_8859_10] = { "ISO-8859-10", "ISO-8859-10", NF_ENC_ICONV },
	[E_8859_13] = { "ISO-8859-13", "ISO-8859-13", NF_ENC_ICONV },
	[E_8859_14] = { "ISO-8859-14", "ISO-8859-14", NF_ENC_ICONV },
	[E_8859_15] = { "ISO-8859-15", "ISO-8859-15", NF_ENC_ICONV },
	[E_8859_16] = { "ISO-8859-16", "ISO-8859-16", NF_ENC_ICONV },
	[E_KOI8R] = { "KOI8-R", "KOI8-R", NF_ENC_ICONV },
	[E_KOI8U] = { "KOI8-U", "KOI8-U", NF_ENC_ICONV },
	[E_IBM866] = { "IBM866", "IBM866", NF_ENC_ICONV },
	[E_MAC] = { "macintosh", "MACINTOSH", NF_ENC_ICONV },
	[E_MACCYR] = { "x-mac-cyrillic", "MAC-CYRILLIC", NF_ENC_ICONV },
};

/* Labels, lower case.  WHATWG's list, plus names detectors and iconv use. */
static const struct label {
	const char *label;
	int enc;
} labels[] = {
	{ "unicode-1-1-utf-8", E_UTF8 }, { "unicode11utf8", E_UTF8 },
	{ "unicode20utf8", E_UTF8 }, { "utf-8", E_UTF8 }, { "utf8", E_UTF8 },
	{ "x-unicode20utf8", E_UTF8 },
	{ "csunicode", E_UTF16LE }, { "iso-10646-ucs-2", E_UTF16LE },
	{ "ucs-2", E_UTF16LE }, { "unicode", E_UTF16LE }, { "unicodefeff", E_UTF16LE },
	{ "utf-16", E_UTF16LE }, { "utf-16le", E_UTF16LE }, { "utf16", E_UTF16LE },
	{ "unicodefffe", E_UTF16BE }, { "utf-16be", E_UTF16BE },
	{ "utf-32", E_UTF32LE }, { "utf-32le", E_UTF32LE }, { "utf32", E_UTF32LE },
	{ "utf-32be", E_UTF32BE },
	{ "ansi_x3.4-1968", E_1252 }, { "ascii", E_1252 }, { "cp1252", E_1252 },
	{ "cp819", E_1252 }, { "csisolatin1", E_1252 }, { "ibm819", E_1252 },
	{ "iso-8859-1", E_1252 }, { "iso-ir-100", E_1252 }, { "iso8859-1", E_1252 },
	{ "iso88591", E_1252 }, { "iso_8859-1", E_1252 }, { "iso_8859-1:1987", E_1252 },
	{ "l1", E_1252 }, { "latin1", E_1252 }, { "us-ascii", E_1252 },
	{ "windows-1252", E_1252 }, { "x-cp1252", E_1252 }, { "latin-1", E_1252 },
	{ "gb18030", E_GB18030 }, { "chinese", E_GB18030 }, { "csgb2312", E_GB18030 },
	{ "csiso58gb231280", E_GB18030 }, { "gb2312", E_GB18030 },
	{ "gb_2312", E_GB18030 }, { "gb_2312-80", E_GB18030 }, { "gbk", E_GB18030 },
	{ "iso-ir-58", E_GB18030 }, { "x-gbk", E_GB18030 }, { "cp936", E_GB18030 },
	{ "ms936", E_GB18030 }, { "windows-936", E_GB18030 }, { "euc-cn", E_GB18030 },
	{ "big5", E_BIG5 }, { "big5-hkscs", E_BIG5 }, { "big5hkscs", E_BIG5 },
	{ "cn-big5", E_BIG5 }, { "csbig5", E_BIG5 }, { "x-x-big5", E_BIG5 },
	{ "cp950", E_BIG5 },
	{ "csshiftjis", E_SJIS }, { "ms932", E_SJIS }, { "ms_kanji", E_SJIS },
	{ "shift-jis", E_SJIS }, { "shift_jis", E_SJIS }, { "sjis", E_SJIS },
	{ "windows-31j", E_SJIS }, { "x-sjis", E_SJIS }, { "cp932", E_SJIS },
	{ "cseucpkdfmtjapanese", E_EUCJP }, { "euc-jp", E_EUCJP }, { "x-euc-jp", E_EUCJP },
	{ "csiso2022jp", E_2022JP }, { "iso-2022-jp", E_2022JP },
	{ "cseuckr", E_EUCKR }, { "csksc56011987", E_EUCKR }, { "euc-kr", E_EUCKR },
	{ "iso-ir-149", E_EUCKR }, { "korean", E_EUCKR }, { "ks_c_5601-1987", E_EUCKR },
	{ "ks_c_5601-1989", E_EUCKR }, { "ksc5601", E_EUCKR }, { "ksc_5601", E_EUCKR },
	{ "windows-949", E_EUCKR }, { "cp949", E_EUCKR }, { "uhc", E_EUCKR },
	{ "csiso2022kr", E_2022KR }, { "iso-2022-kr", E_2022KR },
	{ "iso-2022-cn", E_2022CN }, { "iso-2022-cn-ext", E_2022CN },
	{ "euc-tw", E_EUCTW },
	{ "cp1250", E_1250 }, { "windows-1250", E_1250 }, { "x-cp1250", E_1250 },
	{ "cp1251", E_1251 }, { "windows-1251", E_1251 }, { "x-cp1251", E_1251 },
	{ "cp1253", E_1253 }, { "windows-1253", E_1253 }, { "x-cp1253", E_1253 },
	{ "cp1254", E_1254 }, { "csisolatin5", E_1254 }, { "iso-8859-9", E_1254 },
	{ "iso-ir-148", E_1254 }, { "iso8859-9", E_1254 }, { "iso88599", E_1254 },
	{ "iso_8859-9", E_1254 }, { "iso_8859-9:1989", E_1254 }, { "l5", E_1254 },
	{ "latin5", E_1254 }, { "windows-1254", E_1254 }, { "x-cp1254", E_1254 },
	{ "cp1255", E_1255 }, { "windows-1255", E_1255 }, { "x-cp1255", E_1255 },
	{ "cp1256", E_1256 }, { "windows-1256", E_1256 }, { "x-cp1256", E_1256 },
	{ "cp1257", E_1257 }, { "windows-1257", E_1257 }, { "x-cp1257", E_1257 },
	{ "cp1258", E_1258 }, { "windows-1258", E_1258 }, { "x-cp1258", E_1258 },
	{ "dos-874", E_874 }, { "iso-8859-11", E_874 }, { "iso8859-11", E_874 },
	{ "iso885911", E_874 }, { "tis-620", E_874 }, { "windows-874", E_874 },
	{ "csisolatin2", E_8859_2 }, { "iso-8859-2", E_8859_2 }, { "iso-ir-101", E_8859_2 },
	{ "iso8859-2", E_8859_2 }, { "iso88592", E_8859_2 }, { "iso_8859-2", E_8859_2 },
	{ "iso_8859-2:1987", E_8859_2 }, { "l2", E_8859_2 }, { "latin2", E_8859_2 },
	{ "csisolatin3", E_8859_3 }, { "iso-8859-3", E_8859_3 }, { "iso-ir-109", E_8859_3 },
	{ "iso8859-3", E_8859_3 }, { "iso88593", E_8859_3 }, { "iso_8859-3", E_8859_3 },
	{ "iso_8859-3:1988", E_8859_3 }, { "l3", E_8859_3 }, { "latin3", E_8859_3 },
	{ "csisolatin4", E_8859_4 }, { "iso-8859-4", E_8859_4 }, { "iso-ir-110", E_8859_4 },
	{ "iso8859-4", E_8859_4 }, { "iso88594", E_8859_4 }, { "iso_8859-4", E_8859_4 },
	{ "iso_8859-4:1988", E_8859_4 }, { "l4", E_8859_4 }, { "latin4", E_8859_4 },
	{ "csisolatincyrillic", E_8859_5 }, { "cyrillic", E_8859_5 },
	{ "iso-8859-5", E_8859_5 }, { "iso-ir-144", E_8859_5 }, { "iso8859-5", E_8859_5 },
	{ "iso88595", E_8859_5 }, { "iso_8859-5", E_8859_5 }, { "iso_8859-5:1988", E_8859_5 },
	{ "arabic", E_8859_6 }, { "asmo-708", E_8859_6 }, { "csiso88596e", E_8859_6 },
	{ "csiso88596i", E_8859_6 }, { "csisolatinarabic", E_8859_6 }, { "ecma-114", E_8859_6 },
	{ "iso-8859-6", E_8859_6 }, { "iso-8859-6-e", E_8859_6 }, { "iso-8859-6-i", E_8859_6 },
	{ "iso-ir-127", E_8859_6 }, { "iso8859-6", E_8859_6 }, { "iso88596", E_8859_6 },
	{ "iso_8859-6", E_8859_6 }, { "iso_8859-6:1987", E_8859_6 },
	{ "csisolatingreek", E_8859_7 }, { "ecma-118", E_8859_7 }, { "elot_928", E_8859_7 },
	{ "greek", E_8859_7 }, { "greek8", E_8859_7 }, { "iso-8859-7", E_8859_7 },
	{ "iso-ir-126", E_8859_7 }, { "iso8859-7", E_8859_7 }, { "iso88597", E_8859_7 },
	{ "iso_8859-7", E_8859_7 }, { "iso_8859-7:1987", E_8859_7 }, { "sun_eu_greek", E_8859_7 },
	{ "csiso88598e", E_8859_8 }, { "csisolatinhebrew", E_8859_8 }, { "hebrew", E_8859_8 },
	{ "iso-8859-8", E_8859_8 }, { "iso-8859-8-e", E_8859_8 }, { "iso-ir-138", E_8859_8 },
	{ "iso8859-8", E_8859_8 }, { "iso88598", E_8859_8 }, { "iso_8859-8", E_8859_8 },
	{ "iso_8859-8:1988", E_8859_8 }, { "visual", E_8859_8 }, { "csiso88598i", E_8859_8 },
	{ "iso-8859-8-i", E_8859_8 }, { "logical", E_8859_8 },
	{ "csisolatin6", E_8859_10 }, { "iso-8859-10", E_8859_10 }, { "iso-ir-157", E_8859_10 },
	{ "iso8859-10", E_8859_10 }, { "iso885910", E_8859_10 }, { "l6", E_8859_10 },
	{ "latin6", E_8859_10 },
	{ "iso-8859-13", E_8859_13 }, { "iso8859-13", E_8859_13 }, { "iso885913", E_8859_13 },
	{ "iso-8859-14", E_8859_14 }, { "iso8859-14", E_8859_14 }, { "iso885914", E_8859_14 },
	{ "csisolatin9", E_8859_15 }, { "iso-8859-15", E_8859_15 }, { "iso8859-15", E_8859_15 },
	{ "iso885915", E_8859_15 }, { "iso_8859-15", E_8859_15 }, { "l9", E_8859_15 },
	{ "iso-8859-16", E_8859_16 },
	{ "cskoi8r", E_KOI8R }, { "koi", E_KOI8R }, { "koi8", E_KOI8R },
	{ "koi8-r", E_KOI8R }, { "koi8_r", E_KOI8R },
	{ "koi8-ru", E_KOI8U }, { "koi8-u", E_KOI8U },
	{ "866", E_IBM866 }, { "cp866", E_IBM866 }, { "csibm866", E_IBM866 },
	{ "ibm866", E_IBM866 },
	{ "csmacintosh", E_MAC }, { "mac", E_MAC }, { "macintosh", E_MAC },
	{ "x-mac-roman", E_MAC },
	{ "x-mac-cyrillic", E_MACCYR }, { "x-mac-ukrainian", E_MACCYR },
};

static const char *const method_names[] = {
	[NF_DET_OPTION] = "option",
	[NF_DET_BOM] = "bom",
	[NF_DET_HEADER] = "header",
	[NF_DET_DECLARATION] = "declaration",
	[NF_DET_ASCII] = "ascii",
	[NF_DET_UTF8] = "utf8",
	[NF_DET_UTF16] = "utf16-pattern",
	[NF_DET_STATISTICAL] = "statistical",
	[NF_DET_FALLBACK] = "fallback",
};

/* Bytes of the window the declaration prescan looks at. */
#define DECL_WINDOW 8192

/* Bytes ICU's detector is given: its n-gram statistics settle well before this. */
#define STAT_WINDOW 16384

static bool
is_space_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

const nf_encoding *
nf_enc_lookup(const char *label, size_t len)
{
	char low[40];

	while (len > 0 && (is_space_byte((unsigned char)*label) || *label == '"' || *label == '\'')) {
		label++;
		len--;
	}
	while (len > 0 && (is_space_byte((unsigned char)label[len - 1]) ||
	    label[len - 1] == '"' || label[len - 1] == '\''))
		len--;
	if (len == 0 || len >= sizeof low)
		return NULL;
	for (size_t i = 0; i < len; i++) {
		char c = label[i];
		low[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	low[len] = '\0';
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strcmp(labels[i].label, low) == 0)
			return &encodings[labels[i].enc];
	return NULL;
}

const nf_encoding *
nf_enc_utf8(void)
{
	return &encodings[E_UTF8];
}

const char *
nf_enc_method_name(enum nf_det_method m)
{
	return method_names[m];
}

static bool
is_wide(const nf_encoding *e)
{
	return e->kind == NF_ENC_UTF16LE || e->kind == NF_ENC_UTF16BE ||
	    e->kind == NF_ENC_UTF32LE || e->kind == NF_ENC_UTF32BE;
}

size_t
nf_enc_sniff_bom(const char *buf, size_t n, const nf_encoding **enc)
{
	const unsigned char *u = (const unsigned char *)buf;

	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		*enc = &encodings[E_UTF8];
		return 3;
	}
	if (n >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0) {
		*enc = &encodings[E_UTF32LE];
		return 4;
	}
	if (n >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF) {
		*enc = &encodings[E_UTF32BE];
		return 4;
	}
	if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
		*enc = &encodings[E_UTF16LE];
		return 2;
	}
	if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
		*enc = &encodings[E_UTF16BE];
		return 2;
	}
	if (n >= 4 && u[0] == 0x84 && u[1] == 0x31 && u[2] == 0x95 && u[3] == 0x33) {
		*enc = &encodings[E_GB18030];
		return 4;
	}
	*enc = NULL;
	return 0;
}

/* ---- declarations: <meta>, <?xml?>, Content-Type ---- */

/* Case-insensitive: does s[0..n) start with the lower-case word w? */
static bool
starts_ci(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	if (n < k)
		return false;
	for (size_t i = 0; i < k; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != w[i])
			return false;
	}
	return true;
}

bool
nf_enc_content_type_charset(const char *s, size_t n, const char **cs, size_t *cslen)
{
	size_t i = 0, j;

	while (i + 7 <= n) {
		if (!starts_ci(s + i, n - i, "charset")) {
			i++;
			continue;
		}
		i += 7;
		while (i < n && is_space_byte((unsigned char)s[i]))
			i++;
		if (i >= n || s[i] != '=')
			continue;
		i++;
		while (i < n && is_space_byte((unsigned char)s[i]))
			i++;
		if (i < n && (s[i] == '"' || s[i] == '\'')) {
			char q = s[i++];
			for (j = i; j < n && s[j] != q; j++)
				;
			if (j >= n)
				return false;
		} else {
			for (j = i; j < n && !is_space_byte((unsigned char)s[j]) && s[j] != ';' &&
			    s[j] != '"' && s[j] != '\'' && s[j] != '>'; j++)
				;
		}
		if (j == i)
			return false;
		*cs = s + i;
		*cslen = j - i;
		return true;
	}
	return false;
}

/* One attribute of a tag at s[*i]: name and value spans; false at the tag's end. */
static bool
next_attr(const char *s, size_t n, size_t *i, const char **name, size_t *nlen,
    const char **val, size_t *vlen)
{
	size_t k = *i;

	while (k < n && (is_space_byte((unsigned char)s[k]) || s[k] == '/'))
		k++;
	if (k >= n || s[k] == '>')
		return false;
	*name = s + k;
	while (k < n && !is_space_byte((unsigned char)s[k]) && s[k] != '=' && s[k] != '>' &&
	    s[k] != '/')
		k++;
	*nlen = (size_t)(s + k - *name);
	*val = s + k;
	*vlen = 0;
	while (k < n && is_space_byte((unsigned char)s[k]))
		k++;
	if (k < n && s[k] == '=') {
		k++;
		while (k < n && is_space_byte((unsigned char)s[k]))
			k++;
		if (k < n && (s[k] == '"' || s[k] == '\'')) {
			char q = s[k++];
			*val = s + k;
			while (k < n && s[k] != q)
				k++;
			*vlen = (size_t)(s + k - *val);
			if (k < n)
				k++;
		} else {
			*val = s + k;
			while (k < n && !is_space_byte((unsigned char)s[k]) && s[k] != '>')
				k++;
			*vlen = (size_t)(s + k - *val);
		}
	}
	*i = k;
	return *nlen > 0;
}

/* The charset a <meta> tag starting after "<meta" at s[i] declares, or NULL. */
static const nf_encoding *
meta_charset(const char *s, size_t n, size_t i)
{
	const char *name, *val, *content = NULL, *cs;
	size_t nlen, vlen, clen = 0, cslen;
	bool http_equiv = false;

	while (next_attr(s, n, &i, &name, &nlen, &val, &vlen)) {
		if (nlen == 7 && starts_ci(name, nlen, "charset"))
			return nf_enc_lookup(val, vlen);
		if (nlen == 10 && starts_ci(name, nlen, "http-equiv"))
			http_equiv = vlen == 12 && starts_ci(val, vlen, "content-type");
		if (nlen == 7 && starts_ci(name, nlen, "content")) {
			content = val;
			clen = vlen;
		}
	}
	if (http_equiv && content != NULL && nf_enc_content_type_charset(content, clen, &cs, &cslen))
		return nf_enc_lookup(cs, cslen);
	return NULL;
}

/* The encoding of an XML declaration at the very start, or NULL. */
static const nf_encoding *
xml_encoding(const char *s, size_t n)
{
	size_t i = 5, end;
	const char *name, *val;
	size_t nlen, vlen;

	if (!starts_ci(s, n, "<?xml") || n < 6 || !is_space_byte((unsigned char)s[5]))
		return NULL;
	for (end = i; end + 1 < n && !(s[end] == '?' && s[end + 1] == '>'); end++)
		;
	while (next_attr(s, end, &i, &name, &nlen, &val, &vlen))
		if (nlen == 8 && starts_ci(name, nlen, "encoding"))
			return nf_enc_lookup(val, vlen);
	return NULL;
}

const nf_encoding *
nf_enc_sniff_declaration(const char *s, size_t n)
{
	const nf_encoding *e = NULL;
	const char *p;
	size_t i = 0;

	if (n > DECL_WINDOW)
		n = DECL_WINDOW;
	e = xml_encoding(s, n);
	while (e == NULL && i < n) {
		p = memchr(s + i, '<', n - i);
		if (p == NULL)
			break;
		i = (size_t)(p - s);
		if (starts_ci(s + i, n - i, "<!--")) {
			const char *end = memmem(s + i + 4, n - i - 4, "-->", 3);
			if (end == NULL)
				break;
			i = (size_t)(end - s) + 3;
			continue;
		}
		if (starts_ci(s + i, n - i, "<meta") && i + 5 < n &&
		    (is_space_byte((unsigned char)s[i + 5]) || s[i + 5] == '/'))
			e = meta_charset(s, n, i + 5);
		i++;
	}
	if (e != NULL && is_wide(e))
		e = &encodings[E_UTF8];
	return e;
}

/*
 * The <meta> at s[i] (just after "<meta" and a space or '/') by the HTML
 * standard's prescan: the first of each attribute counts; charset= wins
 * alone, a content= charset only with http-equiv=content-type.  Sets *end
 * past the tag.
 */
static const nf_encoding *
prescan_meta(const char *s, size_t n, size_t i, size_t *end)
{
	const char *name, *val, *cs;
	size_t nlen, vlen, cslen;
	const nf_encoding *charset = NULL;
	bool got_pragma = false, seen_he = false, seen_content = false, seen_charset = false;
	int need_pragma = -1;  /* -1: null */

	while (next_attr(s, n, &i, &name, &nlen, &val, &vlen)) {
		if (nlen == 10 && starts_ci(name, nlen, "http-equiv") && !seen_he) {
			seen_he = true;
			got_pragma = vlen == 12 && starts_ci(val, vlen, "content-type");
		} else if (nlen == 7 && starts_ci(name, nlen, "content") && !seen_content) {
			seen_content = true;
			if (charset == NULL && nf_enc_content_type_charset(val, vlen, &cs, &cslen)) {
				charset = nf_enc_lookup(cs, cslen);
				need_pragma = 1;
			}
		} else if (nlen == 7 && starts_ci(name, nlen, "charset") && !seen_charset) {
			seen_charset = true;
			charset = nf_enc_lookup(val, vlen);
			need_pragma = 0;
		}
	}
	*end = i;
	if (need_pragma < 0 || (need_pragma == 1 && !got_pragma) || charset == NULL)
		return NULL;
	return charset;
}

const nf_encoding *
nf_enc_prescan(const char *s, size_t n)
{
	const nf_encoding *e;
	size_t i = 0, end;

	if (n > NF_ENC_PRESCAN)
		n = NF_ENC_PRESCAN;
	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i), *gt;
		if (lt == NULL)
			return NULL;
		i = (size_t)(lt - s);
		if (starts_ci(s + i, n - i, "<!--")) {
			const char *c = i + 2 < n ? memmem(s + i + 2, n - i - 2, "-->", 3) : NULL;
			if (c == NULL)
				return NULL;
			i = (size_t)(c - s) + 3;
			continue;
		}
		if (starts_ci(s + i, n - i, "<meta") && i + 5 < n &&
		    (is_space_byte((unsigned char)s[i + 5]) || s[i + 5] == '/')) {
			if ((e = prescan_meta(s, n, i + 5, &end)) != NULL)
				return is_wide(e) ? &encodings[E_UTF8] : e;
			i = end + 1;
			continue;
		}
		size_t k = i + 1 + (i + 1 < n && s[i + 1] == '/');
		if (k < n && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z')) {
			/* another tag: its name, then its attributes (a '>' in a value is no end) */
			const char *name, *val;
			size_t nlen, vlen;
			while (k < n && !is_space_byte((unsigned char)s[k]) && s[k] != '>')
				k++;
			while (next_attr(s, n, &k, &name, &nlen, &val, &vlen))
				;
			i = k + 1;
			continue;
		}
		if (i + 1 < n && (s[i + 1] == '!' || s[i + 1] == '/' || s[i + 1] == '?')) {
			gt = memchr(s + i, '>', n - i);
			if (gt == NULL)
				return NULL;
			i = (size_t)(gt - s) + 1;
			continue;
		}
		i++;
	}
	return NULL;
}

/* ---- UTF-8 and UTF-16/32 patterns ---- */

/*
 * Is s[0..n) valid UTF-8 (an incomplete sequence at the very end allowed
 * unless at_eof)?  Counts multi-byte sequences in *multi.
 */
static bool
valid_utf8(const char *s, size_t n, bool at_eof, size_t *multi)
{
	size_t i = 0, k;
	uint32_t cp;
	bool ok;

	*multi = 0;
	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = nf_utf8_decode(s + i, n - i, &cp, &ok);
		if (!ok)
			return !at_eof && i + k == n && n - i < 4 && (unsigned char)s[i] >= 0xC2 &&
			    (unsigned char)s[i] <= 0xF4;
		++*multi;
		i += k;
	}
	return true;
}

static double
utf8_confidence(size_t multi)
{
	double c = 1.0;

	for (size_t i = 0; i <= multi && i < 12; i++)
		c /= 2;
	return multi == 0 ? 1.0 : 1.0 - c;
}

/* A code point that text in UTF-16/32 plausibly holds. */
static bool
plausible_cp(uint32_t u)
{
	return u == 9 || u == 10 || u == 13 || (u >= 0x20 && u < 0x7F) ||
	    (u >= 0xA0 && u < 0x250) || (u >= 0x370 && u < 0x530) ||
	    (u >= 0x590 && u < 0x700) || (u >= 0xE00 && u < 0xE80) ||
	    (u >= 0x1E00 && u < 0x1F00) || (u >= 0x2000 && u < 0x2070) ||
	    (u >= 0x20A0 && u < 0x20D0) || (u >= 0x2100 && u < 0x2300) ||
	    (u >= 0x2460 && u < 0x27C0) || (u >= 0x3000 && u < 0x3100) ||
	    (u >= 0x3400 && u < 0x4DC0) || (u >= 0x4E00 && u < 0xA000) ||
	    (u >= 0xAC00 && u < 0xD7A4) || (u >= 0xFF00 && u < 0xFFF0) || u == 0xFEFF;
}

/*
 * Share of plausible units reading s as UTF-16 (be: big-endian); counts
 * units whose high byte is 0 (ASCII, Latin-1) and low bytes >= 0x80.
 */
static double
utf16_score(const unsigned char *u, size_t n, bool be, size_t *nul_high, size_t *low_high)
{
	size_t units = n / 2, good = 0;

	*nul_high = *low_high = 0;
	for (size_t i = 0; i + 1 < n; i += 2) {
		unsigned hi = be ? u[i] : u[i + 1], lo = be ? u[i + 1] : u[i];
		uint32_t cp = hi << 8 | lo;
		if (hi == 0 && lo != 0)
			++*nul_high;
		if (lo >= 0x80)
			++*low_high;
		if (cp >= 0xD800 && cp < 0xDC00 && i + 3 < n) {
			unsigned hi2 = be ? u[i + 2] : u[i + 3];
			if (hi2 >= 0xDC && hi2 < 0xE0) {
				good += 2;
				i += 2;
			}
			continue;
		}
		if (plausible_cp(cp))
			good++;
	}
	return units ? (double)good / (double)units : 0;
}

static double
utf32_score(const unsigned char *u, size_t n, bool be)
{
	size_t units = n / 4, good = 0;

	for (size_t i = 0; i + 3 < n; i += 4) {
		uint32_t cp = be ? (uint32_t)u[i] << 24 | (uint32_t)u[i + 1] << 16 |
		    (uint32_t)u[i + 2] << 8 | u[i + 3] :
		    (uint32_t)u[i + 3] << 24 | (uint32_t)u[i + 2] << 16 |
		    (uint32_t)u[i + 1] << 8 | u[i];
		if (plausible_cp(cp) || (cp >= 0x10000 && cp <= 0x10FFFF))
			good++;
	}
	return units ? (double)good / (double)units : 0;
}

const nf_encoding *
nf_enc_sniff_utf16(const char *buf, size_t n, double *conf)
{
	const unsigned char *u = (const unsigned char *)buf;
	size_t nul_le, nul_be, lh_le, lh_be, ascii = 0, nul = 0;
	double le, be;

	if (n > 4096)
		n = 4096;
	*conf = 0;
	if (n < 4)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		nul += u[i] == 0;
		ascii += u[i] < 0x80;
	}
	/* no NULs: no UTF-32, and UTF-16 only with the evidence below */
	if (nul == 0 && (n < 64 || ascii * 4 < n || (n - ascii) * 8 < n))
		return NULL;
	le = utf32_score(u, n, false);
	be = utf32_score(u, n, true);
	if (le >= 0.95 || be >= 0.95) {
		*conf = le > be ? le : be;
		return &encodings[le > be ? E_UTF32LE : E_UTF32BE];
	}
	le = utf16_score(u, n, false, &nul_le, &lh_le);
	be = utf16_score(u, n, true, &nul_be, &lh_be);
	/*
	 * The evidence of UTF-16 is NUL bytes: ASCII characters, 00 xx.  Without
	 * them, ASCII text looks like CJK in UTF-16 ("th" is U+6874), and GB2312
	 * Chinese like Hangul (GB2312's common hanzi, B0A1-D7FE, are U+B0A1-D7FE
	 * in UTF-16BE): ask for 32 units at least, a quarter of them with a low
	 * byte >= 0x80 as CJK text has, and a quarter of the bytes below 0x80 as
	 * UTF-16 CJK has (the high bytes of U+4E00-7FFF) and double-byte
	 * encodings have not (GB2312 and EUC-KR bytes are all A1 up).
	 */
	if (nul_le * 10 < n / 2 && (n < 64 || lh_le * 4 < n / 2 || ascii * 4 < n))
		le = 0;
	if (nul_be * 10 < n / 2 && (n < 64 || lh_be * 4 < n / 2 || ascii * 4 < n))
		be = 0;
	if (le >= 0.95 && (be < 0.8 || nul_le > nul_be)) {
		*conf = le;
		return &encodings[E_UTF16LE];
	}
	if (be >= 0.95 && (le < 0.8 || nul_be > nul_le)) {
		*conf = be;
		return &encodings[E_UTF16BE];
	}
	return NULL;
}

/* ---- the statistical detector: ICU's ucsdet ---- */

/* A single-byte Latin encoding ICU may name for short windows-1252 text. */
static bool
latin_rival(const nf_encoding *e)
{
	return e == &encodings[E_8859_2] || e == &encodings[E_1254] || e == &encodings[E_1250] ||
	    e == &encodings[E_8859_15];
}

const nf_encoding *
nf_enc_statistical(const char *buf, size_t n, double *conf)
{
	UErrorCode st = U_ZERO_ERROR;
	UCharsetDetector *csd;
	const UCharsetMatch **all;
	const nf_encoding *found = NULL;
	size_t high = 0;
	int32_t count = 0;

	*conf = 0;
	if (n == 0)
		return NULL;
	if (n > INT32_MAX)
		n = INT32_MAX;
	csd = ucsdet_open(&st);
	if (U_FAILURE(st))
		return NULL;
	ucsdet_setText(csd, buf, (int32_t)n, &st);
	all = ucsdet_detectAll(csd, &count, &st);
	for (int32_t i = 0; U_SUCCESS(st) && i < count; i++) {
		UErrorCode st2 = U_ZERO_ERROR;
		const char *name = ucsdet_getName(all[i], &st2);
		const nf_encoding *e = name ? nf_enc_lookup(name, strlen(name)) : NULL;
		/* earlier steps ruled out UTF-8 and the UTF-16/32 patterns */
		if (e == NULL || e->kind == NF_ENC_UTF8 || is_wide(e))
			continue;
		if (found == NULL) {
			found = e;
			*conf = ucsdet_getConfidence(all[i], &st2) / 100.0;
			if (!latin_rival(e) || *conf >= 0.6)
				break;
		} else if (e->kind == NF_ENC_CP1252) {
			/* a hesitant call between Latin encodings: windows-1252, as browsers default */
			found = e;
			break;
		}
	}
	ucsdet_close(csd);
	for (size_t i = 0; i < n; i++)
		high += (unsigned char)buf[i] >= 0x80;
	if (found != NULL && high < 32)
		*conf *= (double)high / 32.0;
	return found;
}

/* ---- the detection cascade ---- */

static void
set_guess(nf_enc_guess *g, const nf_encoding *e, double conf, enum nf_det_method m)
{
	g->enc = e;
	g->confidence = conf;
	g->method = m;
	g->pending = false;
}

static bool
has_high(const char *buf, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)buf[i] >= 0x80)
			return true;
	return false;
}

/*
 * A short text in a double-byte CJK encoding, where ICU is weak or names
 * another of them: the layout guess (dbcs.h) when it is surer, or when ICU
 * names the same encoding unsure (with the higher confidence of the two).
 */
static const nf_encoding *
short_cjk(const char *buf, size_t n, bool at_eof, const nf_encoding *icu, double icu_conf,
    double *conf)
{
	const char *name = nf_dbcs_guess(buf, n, at_eof, conf);
	const nf_encoding *e = name ? nf_enc_lookup(name, strlen(name)) : NULL;

	if (e == NULL)
		return NULL;
	if (e == icu) {  /* both say so: ICU's confidence, raised when it was unsure */
		if (icu_conf >= 0.5)
			return NULL;
		if (icu_conf > *conf)
			*conf = icu_conf;
		return e;
	}
	if (icu != NULL && icu_conf >= 0.5 && icu != &encodings[E_GB18030] &&
	    icu != &encodings[E_BIG5] && icu != &encodings[E_EUCKR] && icu != &encodings[E_SJIS])
		return NULL;
	return *conf > icu_conf ? e : NULL;
}

/*
 * Steps after the declarations: the UTF-16/32 pattern with its NULs, UTF-8,
 * the statistical detector when sure, the UTF-16 pattern without NULs, the
 * double-byte layout guess, the statistical detector when unsure.
 */
static void
detect_bytes(const char *buf, size_t n, bool at_eof, bool utf8_ruled_out, nf_enc_guess *g)
{
	const nf_encoding *e, *stat;
	size_t multi;
	double conf, stat_conf;

	if (memchr(buf, 0, n < 4096 ? n : 4096) != NULL &&
	    (e = nf_enc_sniff_utf16(buf, n, &conf)) != NULL) {
		set_guess(g, e, conf, NF_DET_UTF16);
		return;
	}
	if (!utf8_ruled_out && valid_utf8(buf, n, at_eof, &multi)) {
		set_guess(g, &encodings[E_UTF8], utf8_confidence(multi), NF_DET_UTF8);
		return;
	}
	stat = nf_enc_statistical(buf, n < STAT_WINDOW ? n : STAT_WINDOW, &stat_conf);
	/* ISO-2022 is 7-bit: escape-like bytes among high bytes are no proof */
	if ((stat == &encodings[E_2022CN] || stat == &encodings[E_2022JP] ||
	    stat == &encodings[E_2022KR]) && has_high(buf, n < 4096 ? n : 4096) && stat_conf > 0.25)
		stat_conf = 0.25;
	if (stat == NULL || stat_conf < 0.5) {
		if ((e = nf_enc_sniff_utf16(buf, n, &conf)) != NULL) {
			set_guess(g, e, conf, NF_DET_UTF16);
			return;
		}
	}
	/* a window short of NF_ENC_WINDOW is the whole document */
	if ((e = short_cjk(buf, n, at_eof || n < NF_ENC_WINDOW, stat, stat_conf, &conf)) != NULL) {
		set_guess(g, e, conf, NF_DET_STATISTICAL);
		return;
	}
	if (stat != NULL) {
		set_guess(g, stat, stat_conf, NF_DET_STATISTICAL);
		return;
	}
	set_guess(g, &encodings[E_1252], 0, NF_DET_FALLBACK);
}

/* A declared encoding the bytes do not contradict: true when *g was set. */
static bool
trust_declared(const nf_encoding *e, const char *buf, size_t n, bool at_eof,
    enum nf_det_method m, bool *utf8_ruled_out, nf_enc_guess *g)
{
	size_t multi;
	bool utf8 = valid_utf8(buf, n, at_eof, &multi);

	if (e->kind == NF_ENC_UTF8) {
		if (!utf8) {
			*utf8_ruled_out = true;
			return false;
		}
		set_guess(g, e, utf8_confidence(multi) > 0.9 ? utf8_confidence(multi) : 0.9, m);
		return true;
	}
	/* valid UTF-8 with multi-byte sequences outweighs a legacy label */
	if (!is_wide(e) && utf8 && multi > 0)
		return false;
	set_guess(g, e, 0.9, m);
	return true;
}

/* Only ASCII text bytes (no NUL, no ESC of ISO-2022)? */
static bool
plain_ascii(const char *buf, size_t n)
{
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w = nf_word_load(buf + i);
		if (nf_word_has_high(w) || nf_word_has_below(w, 1) || nf_word_has_byte(w, 0x1B))
			return false;
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)buf[i];
		if (c >= 0x80 || c == 0 || c == 0x1B)
			return false;
	}
	return true;
}

/* nf_enc_detect(), with an HTML page's prescan first among declarations when html. */
static void
detect(const char *buf, size_t n, bool at_eof, const char *header_label, bool html,
    nf_enc_guess *g)
{
	const nf_encoding *e;
	bool utf8_ruled_out = false;

	memset(g, 0, sizeof *g);
	g->bom_len = nf_enc_sniff_bom(buf, n, &e);
	if (e != NULL) {
		set_guess(g, e, 1, NF_DET_BOM);
		return;
	}
	if (header_label != NULL && (e = nf_enc_lookup(header_label, strlen(header_label))) != NULL &&
	    trust_declared(e, buf, n, at_eof, NF_DET_HEADER, &utf8_ruled_out, g))
		return;
	if (html && (e = nf_enc_prescan(buf, n)) != NULL &&
	    trust_declared(e, buf, n, at_eof, NF_DET_DECLARATION, &utf8_ruled_out, g))
		return;
	if ((e = nf_enc_sniff_declaration(buf, n)) != NULL &&
	    trust_declared(e, buf, n, at_eof, NF_DET_DECLARATION, &utf8_ruled_out, g))
		return;
	if (!utf8_ruled_out && plain_ascii(buf, n)) {
		set_guess(g, &encodings[E_UTF8], 1, NF_DET_ASCII);
		g->pending = !at_eof;
		return;
	}
	detect_bytes(buf, n, at_eof, utf8_ruled_out, g);
}

void
nf_enc_detect(const char *buf, size_t n, bool at_eof, const char *header_label,
    nf_enc_guess *g)
{
	detect(buf, n, at_eof, header_label, false, g);
}

void
nf_enc_detect_html(const char *buf, size_t n, bool at_eof, const char *header_label,
    nf_enc_guess *g)
{
	detect(buf, n, at_eof, header_label, true, g);
}

void
nf_enc_detect_rest(const char *buf, size_t n, bool at_eof, nf_enc_guess *g)
{
	detect_bytes(buf, n, at_eof, false, g);
	/* the text so far was ASCII: it cannot be UTF-16 or UTF-32 */
	if (is_wide(g->enc))
		set_guess(g, &encodings[E_1252], 0, NF_DET_FALLBACK);
}

/* ---- conversion ---- */

struct nf_conv {
	const nf_encoding *enc;
	iconv_t cd;
	iconv_t cd_alt;       /* a second table for what cd rejects (Big5: CP950) */
	size_t unit;          /* bytes skipped after an undecodable sequence */
	nf_buf carry;         /* bytes of an incomplete sequence */
	uint64_t offset;      /* input bytes consumed before carry */
	size_t replaced;
	uint64_t first_bad;
};

static const char replacement[3] = { '\xEF', '\xBF', '\xBD' };

/* windows-1252 bytes 0x80-0x9F (WHATWG: undefined bytes are C1 controls) */
static const uint16_t cp1252_c1[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

nf_conv *
nf_conv_open(const nf_encoding *enc)
{
	nf_conv *c = calloc(1, sizeof *c);

	if (c == NULL)
		return NULL;
	c->enc = enc;
	c->cd = (iconv_t)-1;
	c->cd_alt = (iconv_t)-1;
	c->first_bad = UINT64_MAX;
	c->unit = enc->kind == NF_ENC_UTF16LE || enc->kind == NF_ENC_UTF16BE ? 2 :
	    enc->kind == NF_ENC_UTF32LE || enc->kind == NF_ENC_UTF32BE ? 4 : 1;
	if (enc->kind != NF_ENC_UTF8 && enc->kind != NF_ENC_CP1252) {
		c->cd = iconv_open("UTF-8", enc->iconv);
		if (c->cd == (iconv_t)-1) {
			int saved = errno;
			free(c);
			errno = saved;
			return NULL;
		}
	}
	/*
	 * glibc's BIG5-HKSCS lacks the Microsoft rows Taiwanese sites use every
	 * day (A1FE "／" in "記者X／台北報導"); WHATWG's Big5 decoder has them.
	 * CP950 decodes those pairs (none is an error then).
	 */
	if (enc == &encodings[E_BIG5])
		c->cd_alt = iconv_open("UTF-8", "CP950");
	return c;
}

/*
 * What cd rejected at in[0..n), through the second table: the bytes of one
 * character consumed and decoded into out, or 0 when it rejects them too.
 */
static size_t
alt_char(nf_conv *c, const char *in, size_t n, nf_buf *out)
{
	char *ip = (char *)in, *o = out->p + out->len;
	size_t il = n < 2 ? n : 2, ol = out->cap - out->len;

	if (c->cd_alt == (iconv_t)-1 || il < 2)
		return 0;
	if (iconv(c->cd_alt, &ip, &il, &o, &ol) == (size_t)-1 || il != 0) {
		iconv(c->cd_alt, NULL, NULL, NULL, NULL);
		return 0;
	}
	out->len = (size_t)(o - out->p);
	return 2;
}

static void
note_bad(nf_conv *c, uint64_t at)
{
	if (c->replaced++ == 0)
		c->first_bad = at;
}

/* Are 8 bytes at s all ASCII? */
static inline bool
ascii8(const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return (w & 0x8080808080808080ull) == 0;
}

/*
 * UTF-8 to UTF-8: copy, replacing each maximal invalid subpart with U+FFFD.
 * Stops before an incomplete sequence at the end unless eof.  out has room
 * for 3n bytes.  Returns the bytes consumed.
 */
static size_t
utf8_run(nf_conv *c, const char *s, size_t n, bool eof, uint64_t base, nf_buf *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, start = 0, k;
	uint32_t cp;
	bool ok;

	while (i < n) {
		if (n - i >= 8 && ascii8(u + i)) {
			i += 8;
			continue;
		}
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		/* the common 3-byte case (CJK) inline: no overlong form, no surrogate */
		if (n - i >= 3 && (u[i] & 0xF0) == 0xE0 && (u[i + 1] & 0xC0) == 0x80 &&
		    (u[i + 2] & 0xC0) == 0x80 && (u[i] != 0xE0 || u[i + 1] >= 0xA0) &&
		    (u[i] != 0xED || u[i + 1] < 0xA0)) {
			i += 3;
			continue;
		}
		k = nf_utf8_decode(s + i, n - i, &cp, &ok);
		if (ok) {
			i += k;
			continue;
		}
		if (!eof && i + k == n && u[i] >= 0xC2 && u[i] <= 0xF4)
			break;  /* incomplete: wait for more */
		nf_buf_putn(out, s + start, i - start);
		nf_buf_putn(out, replacement, 3);
		note_bad(c, base + i);
		i += k;
		start = i;
	}
	nf_buf_putn(out, s + start, i - start);
	return i;
}

/* windows-1252 to UTF-8; every byte decodes.  out has room for 3n bytes. */
static size_t
cp1252_run(const char *s, size_t n, nf_buf *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, start = 0;
	char tmp[4];

	while (i < n) {
		if (n - i >= 8 && ascii8(u + i)) {
			i += 8;
			continue;
		}
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		nf_buf_putn(out, s + start, i - start);
		uint32_t cp = u[i] < 0xA0 ? cp1252_c1[u[i] - 0x80] : u[i];
		nf_buf_putn(out, tmp, nf_utf8_encode(cp, tmp));
		start = ++i;
	}
	nf_buf_putn(out, s + start, i - start);
	return n;
}

/* Through iconv; returns bytes consumed (an incomplete tail is left). */
static size_t
iconv_run(nf_conv *c, const char *s, size_t n, bool eof, uint64_t base, nf_buf *out)
{
	char *in = (char *)s, *o;
	size_t inleft = n, outleft, r;

	for (;;) {
		o = out->p + out->len;
		outleft = out->cap - out->len;
		r = iconv(c->cd, &in, &inleft, &o, &outleft);
		out->len = (size_t)(o - out->p);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG) {
			if (nf_buf_reserve(out, inleft * 4 + 64) != 0)
				return (size_t)-1;
			continue;
		}
		if (errno == EINVAL && !eof)
			break;
		if (nf_buf_reserve(out, inleft * 4 + 64) != 0)
			return (size_t)-1;
		if (errno == EILSEQ && (r = alt_char(c, in, inleft, out)) > 0) {
			in += r;
			inleft -= r;
			continue;
		}
		note_bad(c, base + (uint64_t)(in - s));
		nf_buf_putn(out, replacement, 3);
		if (errno == EINVAL) {  /* truncated at the end of the input */
			in += inleft;
			inleft = 0;
			break;
		}
		r = c->unit < inleft ? c->unit : inleft;
		in += r;
		inleft -= r;
	}
	if (eof) {
		if (nf_buf_reserve(out, 64) != 0)
			return (size_t)-1;
		o = out->p + out->len;
		outleft = out->cap - out->len;
		iconv(c->cd, NULL, NULL, &o, &outleft);
		out->len = (size_t)(o - out->p);
	}
	return (size_t)(in - s);
}

/* Decode s[0..n) with the right decoder; returns bytes consumed or -1. */
static size_t
decode_run(nf_conv *c, const char *s, size_t n, bool eof, uint64_t base, nf_buf *out)
{
	if (nf_buf_reserve(out, n * 4 + 64) != 0)
		return (size_t)-1;
	if (n == 0 && c->cd == (iconv_t)-1)
		return 0;
	switch (c->enc->kind) {
	case NF_ENC_UTF8:
		return utf8_run(c, s, n, eof, base, out);
	case NF_ENC_CP1252:
		return cp1252_run(s, n, out);
	default:
		return iconv_run(c, s, n, eof, base, out);
	}
}

int
nf_conv_feed(nf_conv *c, const char *in, size_t n, bool eof, nf_buf *out)
{
	size_t used, had, take;

	/*
	 * Finish a sequence carried over from the last call: decode the carried
	 * bytes with the next few input bytes (no sequence is longer than 8).
	 */
	if (c->carry.len > 0) {
		had = c->carry.len;
		take = n < 16 ? n : 16;
		if (nf_buf_append(&c->carry, in, take) != 0)
			return -1;
		used = decode_run(c, c->carry.p, c->carry.len, eof && take == n, c->offset, out);
		if (used == (size_t)-1)
			return -1;
		c->offset += used;
		if (used < had || take == n) {  /* everything is in the carry now */
			nf_buf_consume(&c->carry, used);
			return 0;
		}
		in += used - had;
		n -= used - had;
		c->carry.len = 0;
	}
	if (n == 0 && !eof)
		return 0;
	used = decode_run(c, in, n, eof, c->offset, out);
	if (used == (size_t)-1)
		return -1;
	c->offset += used;
	if (used < n && nf_buf_append(&c->carry, in + used, n - used) != 0)
		return -1;
	return 0;
}

size_t
nf_conv_replaced(const nf_conv *c)
{
	return c->replaced;
}

uint64_t
nf_conv_first_bad(const nf_conv *c)
{
	return c->first_bad;
}

void
nf_conv_close(nf_conv *c)
{
	if (c == NULL)
		return;
	if (c->cd != (iconv_t)-1)
		iconv_close(c->cd);
	if (c->cd_alt != (iconv_t)-1)
		iconv_close(c->cd_alt);
	nf_buf_free(&c->carry);
	free(c);
}
