# Plenary: `make app` builds and opens the app; `make test` runs every test.
# Both first run `setup`, which installs only what is missing.

SHELL := /bin/bash
CARGO ?= cargo
PLENARY := target/debug/plenary

.PHONY: setup setup-rust test test-core lint app demo

setup: setup-rust

# Rust toolchain pieces the checks use.
setup-rust:
	@rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

test: setup
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) test --workspace

# Until the desktop shell exists: a fresh library with the sample documents.
demo: setup
	$(CARGO) build -p plenary-cli
	rm -f target/demo-library.db*
	$(PLENARY) --library target/demo-library.db import assets/samples
	$(PLENARY) --library target/demo-library.db stats
	$(PLENARY) --library target/demo-library.db search '"legally binding"'

app: demo
