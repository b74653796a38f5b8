# Plenary: `make app` builds and opens the app; `make test` runs every test.
# Both first run `setup`, which installs only what is missing.

SHELL := /bin/bash
CARGO ?= cargo
# Where cargo builds: CARGO_TARGET_DIR when set (the end-to-end harness
# honours it too), else target/.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
PLENARY := $(TARGET_DIR)/debug/plenary

.PHONY: setup setup-rust setup-python test check test-core lint app demo
.PHONY: setup-apt setup-npm setup-tauri-driver ui bindings test-ui e2e bench-app bench-typing

DESKTOP := $(TARGET_DIR)/debug/plenary-desktop
# What the desktop shell builds and its end-to-end tests run with (Debian),
# and the Noto fonts that draw Arabic and Chinese, which the app does not
# bundle (its Inter and Source Serif cover Latin and Cyrillic); the .deb
# depends on the same two font packages.
APT_PACKAGES := libwebkit2gtk-4.1-dev build-essential libssl-dev libayatana-appindicator3-dev \
	librsvg2-dev libxdo-dev xvfb xauth webkit2gtk-driver imagemagick xdotool \
	fonts-noto-core fonts-noto-cjk python3-venv poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
TAURI_DRIVER_VERSION := 2.1.0
XVFB := xvfb-run -a --server-args="-screen 0 1440x900x24"
# `npm ci`: installs exactly what a lock file holds, never rewrites it, and
# fails if it has fallen out of step with package.json. The lock files list
# every platform's optional packages (rollup's), as `npm install` writes them,
# so `npm ci` accepts them and a fresh clone stays clean.
NPM_INSTALL := npm ci --ignore-scripts --no-audit --no-fund
export PATH := $(HOME)/.cargo/bin:$(PATH)

setup: setup-rust setup-apt setup-npm setup-tauri-driver setup-python

# Rust toolchain pieces the checks use.
setup-rust:
	@rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

# Debian packages, installed only when one is missing (apt-get update first).
setup-apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		$(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

# The UI's and the end-to-end tests' npm packages, from their lock files,
# reinstalled only when a lock file changes. No install scripts run: none of
# these packages needs one, and some would try to download browser drivers.
setup-npm: ui/node_modules/.package-lock.json e2e/node_modules/.package-lock.json

%/node_modules/.package-lock.json: %/package-lock.json
	cd $* && $(NPM_INSTALL)
	@touch $@

# The WebDriver server that drives the app's window.
setup-tauri-driver:
	@command -v tauri-driver >/dev/null || $(CARGO) install --locked tauri-driver --version $(TAURI_DRIVER_VERSION)

# python-docx, vobject and icalendar, the independent readers that the
# DOCX export, contacts and calendar tests
# (crates/plenary-core/tests/docx_export.rs, contacts.rs and calendar.rs)
# open exported files with, in a
# virtual environment of its own under the build folder, at the versions
# pinned in PYTHON_REQUIREMENTS; reinstalled only when those change.
PYTHON_VENV := $(TARGET_DIR)/python
PYTHON_REQUIREMENTS := crates/plenary-core/tests/python-requirements.txt
setup-python: $(PYTHON_VENV)/installed.txt

$(PYTHON_VENV)/installed.txt: $(PYTHON_REQUIREMENTS)
	rm -rf $(PYTHON_VENV)
	python3 -m venv $(PYTHON_VENV)
	$(PYTHON_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r $(PYTHON_REQUIREMENTS)
	cp $(PYTHON_REQUIREMENTS) $@

# The web UI, built into ui/dist, which the desktop binary embeds.
ui: setup-npm
	cd ui && npm run build

test: setup ui
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) test --workspace
	$(MAKE) --no-print-directory bindings test-ui e2e

# The quick check, with no Debian packages and no window: formatting, lints
# and tests of the core, the command line and the benches, and the UI's type
# check and unit tests. The desktop shell (which needs WebKitGTK) is left to
# `make test`.
NO_SHELL := --workspace --exclude plenary-desktop
check: setup-rust setup-npm setup-python lint test-core test-ui

# Formatting and lints, without the desktop shell.
lint: setup-rust
	$(CARGO) fmt --all --check
	$(CARGO) clippy $(NO_SHELL) --all-targets -- -D warnings

# The Rust tests, without the desktop shell.
test-core: setup-python
	$(CARGO) test $(NO_SHELL)

# Regenerates the TypeScript bindings from the Rust types (ts-rs writes them
# when its export tests run) and fails when the committed ones are stale.
bindings:
	rm -rf ui/src/lib/bindings
	$(CARGO) test --workspace --quiet export_bindings > /dev/null
	@git diff --exit-code --stat -- ui/src/lib/bindings && test -z "$$(git status --porcelain -- ui/src/lib/bindings)" \
		|| { echo "ui/src/lib/bindings is stale: commit the regenerated bindings"; exit 1; }

# The UI's type check and unit tests.
test-ui: setup-npm
	cd ui && npm run check && npm test

# The real app in a real window under Xvfb, driven through WebDriver, on a
# fresh temporary library; screenshots land in e2e/screenshots/.
e2e: setup ui
	$(CARGO) build -p plenary-desktop
	cd e2e && $(XVFB) npm test

# The command line on a fresh library holding the sample documents.
demo: setup
	$(CARGO) build -p plenary-cli
	rm -f target/demo-library.db*
	$(PLENARY) --library target/demo-library.db import assets/samples
	$(PLENARY) --library target/demo-library.db stats
	$(PLENARY) --library target/demo-library.db search '"legally binding"'

# Builds the app and opens it on the user's library (PLENARY_LIBRARY, or
# plenary/library.db in the platform data folder).
app: setup ui
	$(CARGO) build -p plenary-desktop
	$(DESKTOP)

# Start-up time, suggestions ready and memory of the release app on a
# 10,000-document library (generated once into bench-data/), as reported
# in docs/BENCHMARKS.md.
BENCH_LIBRARY := bench-data/library-10k.db
bench-app: setup ui $(BENCH_LIBRARY)
	$(CARGO) build --release -p plenary-desktop
	$(XVFB) node e2e/bench-startup.mjs --library $(BENCH_LIBRARY) --runs 5

# The drafting studio's typing pauses turned into suggestions on screen, in
# the release app's window, on the same library.
bench-typing: setup ui $(BENCH_LIBRARY)
	$(CARGO) build --release -p plenary-desktop
	PLENARY_APP=$(TARGET_DIR)/release/plenary-desktop $(XVFB) node e2e/bench-typing.mjs --library $(BENCH_LIBRARY)

$(BENCH_LIBRARY):
	$(CARGO) build --release -p plenary-cli -p plenary-bench
	rm -rf bench-data/corpus-10k
	$(TARGET_DIR)/release/plenary-bench gen-corpus --docs 10000 --seed 1 bench-data/corpus-10k
	$(TARGET_DIR)/release/plenary --library $@ import bench-data/corpus-10k > /dev/null
