# Two commands set everything up: `make audiobook` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: audiobook test fresh lint bench bench-cluster piper clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,neural,proof]'
	touch $(STAMP)

audiobook: $(STAMP)
	$(BIN)/audiobook build -o out/the-masterpiece

# Two pytest workers, a test file each at a time (its module fixtures stay in one
# worker): ~25% off the suite on two cores. `make test TEST_WORKERS=` runs it in one.
TEST_WORKERS ?= -n 2 --dist loadfile

# The player tests need a browser: ensure_browser finds one (or fetches one) first,
# or stops here with one line saying what is missing; pytest gets its path.
test: $(STAMP)
	$(BIN)/python scripts/ensure_browser.py --record $(VENV)/browser
	$(BIN)/ruff check src tests benchmarks scripts
	AUDIOBOOK_CHROMIUM="$$(cat $(VENV)/browser)" $(BIN)/python -m pytest -q $(TEST_WORKERS)

# A fresh clone of HEAD with empty caches runs the two commands above: before every release.
fresh:
	$(PYTHON) scripts/fresh_check.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts

# The sample book read by Piper's neural voice Joe (voices/joe.toml), then proof-listened.
piper: $(STAMP)
	$(BIN)/audiobook build --voice joe -o out/the-masterpiece-piper
	$(BIN)/audiobook proof out/the-masterpiece-piper

# Sizes of the benchmark books (words): `make bench BENCH_WORDS=10000 PIPER_WORDS=0` is quick.
BENCH_WORDS ?= 25000 50000 100000
PIPER_WORDS ?= 25000
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --sizes $(BENCH_WORDS) --piper-words $(PIPER_WORDS)

# A catalog built book by book, on the local pool, and on Dask local:1 and local:2.
bench-cluster: $(STAMP)
	$(BIN)/python benchmarks/bench_cluster.py

clean:
	rm -rf out .pytest_cache
