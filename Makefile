# newsfacts - build, test, benchmark and install the filters.
#
#   make            build bin/nf-* (objects go to build/)
#   make run        install missing packages (as root), build, and run
#                   pipelines/news2csv on the bundled fixtures into out/
#   make check      build, install missing packages (as root), run every test,
#                   once more under ASan+UBSan; last line "N passed, N failed"
#   make bench      throughput of each filter and of the pipeline (MB/s)
#   make fuzz       build the libFuzzer targets and run each FUZZ_SECONDS
#   make install    PREFIX=/usr/local, DESTDIR for staging
#   make static     build-static/bin/nf-*: linked statically, to ship to
#                   machines without the libraries (Hadoop, Spark)
#
# CFLAGS belong to the user; the build's own flags are in NF_CFLAGS.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/newsfacts
# news2csv looks for its helpers in ../libexec/newsfacts beside itself
LIBEXECDIR ?= $(PREFIX)/libexec/newsfacts
MANDIR ?= $(PREFIX)/share/man

CC ?= cc
CFLAGS ?= -O2 -g
PKG_CONFIG ?= pkg-config
PKGS = jansson libutf8proc uchardet zlib icu-i18n
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null || echo -ljansson -lutf8proc -luchardet -lz -licui18n -licuuc -licudata)
CSV_LIBS ?= -lcsv
# modest's myhtml, the HTML parser (Debian ships no pkg-config file for it)
MODEST_LIBS ?= -lmodest
# libxlsxwriter only for nf-xlsx (Debian's has a pkg-config file)
XLSX_LIBS := $(shell $(PKG_CONFIG) --libs xlsxwriter 2>/dev/null || echo -lxlsxwriter -lz)

# BUILD holds objects; OUTBIN the executables (beside their sources by default).
BUILD ?= build
OUTBIN ?= bin
SANITIZE ?=
SAN_ON = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
SAN_FLAGS = $(if $(SANITIZE),$(SAN_ON))

NF_CFLAGS = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow -Wstrict-prototypes \
	-Wno-format-truncation -Ilib $(PKG_CFLAGS) $(SAN_FLAGS) $(CFLAGS)
NF_LDFLAGS = $(SAN_FLAGS) $(LDFLAGS)
NF_LIBS = $(PKG_LIBS) $(CSV_LIBS) $(MODEST_LIBS) -lm

FILTERS = nf-normalize nf-segment nf-figures nf-dates nf-csv nf-xlsx
BINS = $(FILTERS:%=$(OUTBIN)/%)
LIB_SRC = $(sort $(wildcard lib/*.c))
LIB_OBJ = $(LIB_SRC:lib/%.c=$(BUILD)/lib/%.o)
LIB_A = $(BUILD)/libnewsfacts.a
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

# Debian packages the build and the tests need (make deps installs them).
DEB_PKGS = gcc make pkg-config libjansson-dev libcsv-dev libutf8proc-dev \
	libuchardet-dev libicu-dev zlib1g-dev libxlsxwriter-dev libmodest-dev \
	bats bats-support bats-assert jq groff-base
# news-ingest keeps its state with the sqlite3 shell; the scale-out tests
# run GNU parallel, which ships files with rsync
DEB_PKGS += sqlite3 parallel rsync
# and what only make check needs: the spreadsheet tests read our CSV and
# xlsx back with LibreOffice and openpyxl, and our TSV with Miller (they
# skip, saying so, without)
TEST_PKGS = libreoffice-calc-nogui python3-openpyxl miller
# and what make bench measures with (chrono-node and
# Recognizers-Text come from npm into bench/node_modules on first use)
BENCH_PKGS = uchardet time

.SECONDARY:

.PHONY: all run check unit deps deps-check bench fuzz install uninstall clean static

all: $(BINS)

$(BUILD)/lib/%.o: lib/%.c
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) -MMD -MP -c -o $@ $<

$(LIB_A): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/bin/%.o: bin/%.c
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) -MMD -MP -c -o $@ $<

$(OUTBIN)/nf-%: $(BUILD)/bin/nf-%.o $(LIB_A)
	@mkdir -p $(@D)
	$(CC) $(NF_LDFLAGS) -o $@ $< $(LIB_A) $(NF_LIBS)

$(OUTBIN)/nf-xlsx: NF_LIBS += $(XLSX_LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB_A) tests/unit/tap.h
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) $(NF_LDFLAGS) -Itests/unit -o $@ $< $(LIB_A) $(NF_LIBS)

# sources are never made: keeps bin/nf-%.c out of the bin/nf-% rule
$(FILTERS:%=bin/%.c) $(LIB_SRC) $(UNIT_SRC): ;

-include $(LIB_OBJ:.o=.d) $(FILTERS:%=$(BUILD)/bin/%.d)

unit: $(UNIT_BINS)

# deps-check first, then a fresh make: on a new machine pkg-config and the
# libraries arrive during deps-check, after this Makefile's flags were read.
run: deps-check
	@$(MAKE) --no-print-directory all
	pipelines/news2csv -o out

# make check: the whole suite with plain binaries, then again with ASan+UBSan.
check: deps-check
	@tests/deps $(TEST_PKGS) || echo "check: the spreadsheet tests that need them are skipped" >&2
	@$(MAKE) --no-print-directory all unit
	@$(MAKE) --no-print-directory BUILD=build-asan OUTBIN=build-asan/bin SANITIZE=1 all unit
	@tests/run-suite --bin bin --unit $(BUILD)/tests \
		--bin build-asan/bin --unit build-asan/tests

# make static: the text filters from the same sources, linked with the
# static libraries: ICU, jansson, utf8proc, uchardet, zlib and libcsv are
# inside (glibc's iconv still loads its converters at run time from the
# host's gconv folder).  nf-xlsx is left out: Debian has no static
# libxlsxwriter, and a cluster job writes CSV.
STATIC_LIBS := $(shell $(PKG_CONFIG) --static --libs $(PKGS) 2>/dev/null || echo -ljansson -lutf8proc -luchardet -lstdc++ -lz -licui18n -licuuc -licudata -lpthread -lm)
STATIC_FILTERS = nf-normalize nf-segment nf-figures nf-dates nf-csv
static:
	@$(MAKE) --no-print-directory BUILD=build-static/obj OUTBIN=build-static/bin \
		NF_LDFLAGS='-static $(LDFLAGS)' PKG_LIBS='$(STATIC_LIBS) -lstdc++ -ldl' \
		$(STATIC_FILTERS:%=build-static/bin/%)

deps:
	@tests/deps --install $(DEB_PKGS)

deps-check:
	@tests/deps $(DEB_PKGS)

bench: all
	@tests/deps $(BENCH_PKGS) || echo "bench: rows that need them are skipped" >&2
	@bench/run

fuzz:
	@fuzz/run

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/fixtures $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BINS) $(DESTDIR)$(BINDIR)
	install -m 755 pipelines/news2csv pipelines/news-ingest $(DESTDIR)$(BINDIR)
	install -d $(DESTDIR)$(LIBEXECDIR)
	install -m 755 libexec/news-batch $(DESTDIR)$(LIBEXECDIR)
	install -m 644 libexec/news-lib.bash $(DESTDIR)$(LIBEXECDIR)
	cp -R fixtures/articles $(DESTDIR)$(DATADIR)/fixtures/
	for m in man/*.1; do [ -e "$$m" ] && install -m 644 "$$m" $(DESTDIR)$(MANDIR)/man1; done; true

uninstall:
	rm -f $(FILTERS:%=$(DESTDIR)$(BINDIR)/%) $(DESTDIR)$(BINDIR)/news2csv $(DESTDIR)$(BINDIR)/news-ingest
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(LIBEXECDIR)
	for m in man/*.1; do rm -f $(DESTDIR)$(MANDIR)/man1/$${m#man/}; done

clean:
	rm -rf build build-asan build-fuzz build-static $(FILTERS:%=bin/%) out
