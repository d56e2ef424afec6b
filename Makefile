# Two commands set everything up: `make audiobook` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: audiobook test lint bench piper clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,neural,proof]'
	touch $(STAMP)

audiobook: $(STAMP)
	$(BIN)/audiobook build -o out/the-masterpiece

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/python -m pytest -q

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

clean:
	rm -rf out .pytest_cache
