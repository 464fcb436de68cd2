# Two commands on a fresh machine: `make run` (set up, index the bundled samples, start the app)
# and `make test`. Everything installs from the package registries; nothing is fetched at run time.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False
export TIKTOKEN_CACHE_DIR ?= $(CURDIR)/.cache/tiktoken

.PHONY: install run chat test test-fast stress system-deps browser bench eval clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# CPU torch first (the wheel on disk), so sentence-transformers does not pull a CUDA build.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[test,bench]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

# Debian packages the app and the tests need: Chromium for the browser tests (Playwright drives it;
# no browser download), Tesseract with its Vietnamese model for scanned PDFs (OCR), poppler-utils.
# Only the missing ones are installed, with one apt-get update.
SYSTEM_DEPS := chromium tesseract-ocr tesseract-ocr-vie poppler-utils
system-deps:
	@missing=$$(for p in $(SYSTEM_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	[ -z "$$missing" ] || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi; }

browser: system-deps

run: install system-deps
	$(PY) -m assistant index samples --if-empty
	$(PY) -m assistant serve

chat: install
	$(PY) -m assistant index samples --if-empty
	$(PY) -m assistant chat

test: install system-deps
	$(PY) -m pytest -q -p no:cacheprovider

# The fast set: no Chroma, no served app, no browser (well under a minute).
test-fast: install
	$(PY) -m pytest -q -p no:cacheprovider -m "not integration"

# The slow rest of the reliability suite (#14): request floods against a running server, login lockout.
stress: install system-deps
	$(PY) -m pytest -q -p no:cacheprovider -m stress

eval: install
	$(PY) scripts/evaluate.py

bench: install
	$(PY) scripts/bench.py
	$(PY) scripts/bench_core.py

clean:
	rm -rf .store .cache
