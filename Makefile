# JIU Desktop — the commands a developer needs. `make test` works on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DIST_STAMP := $(VENV)/.installed-dist
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench bench-joplin translations clean deps qt-libs desktop-libs dist dist-check dist-tools

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

deps: $(STAMP)

# PyInstaller, from PyPI through the project's `dist` extra.
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

# Qt needs a few shared libraries that minimal Debian images lack; install them when root.
qt-libs:
	@$(BIN)/python -c "import PySide6.QtWidgets" 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3; \
	  else \
	    echo "Qt mist systeembibliotheken. Voer uit: sudo apt-get install libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3"; exit 1; \
	  fi; }

# A real window (X11/xcb) needs more libraries than the headless tests.
XCB_PACKAGES := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 \
	libfontconfig1 libdbus-1-3
desktop-libs: qt-libs
	@missing=$$(ldd $$($(BIN)/python -c "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / 'Qt/plugins/platforms/libqxcb.so')") 2>/dev/null | grep -c "not found"); \
	if [ "$$missing" != "0" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq $(XCB_PACKAGES); \
	  else \
	    echo "Qt mist systeembibliotheken voor een venster. Voer uit: sudo apt-get install $(XCB_PACKAGES)"; exit 1; \
	  fi; \
	fi

run: $(STAMP) desktop-libs
	QT_QPA_PLATFORM= $(BIN)/jiu-desktop --demo

lint: $(STAMP)
	$(BIN)/ruff check jiu_desktop tests bench installer
	$(BIN)/ruff format --check jiu_desktop tests bench installer
	$(BIN)/mypy

test: lint qt-libs
	$(BIN)/python -m pytest -q -n auto --dist worksteal

bench: $(STAMP) qt-libs
	$(BIN)/python -m bench

# Joplin 3.5.1's terminal client beside JIU Desktop on the same team data (bench/joplin.py).
# From npm without its install scripts; its sqlite3 module is then built from source
# against the machine's Node.js headers (its prebuilt binaries are fetched from GitHub, not npm).
JOPLIN_DIR := bench/.cache/joplin
JOPLIN_STAMP := $(JOPLIN_DIR)/.installed
$(JOPLIN_STAMP):
	mkdir -p $(JOPLIN_DIR)
	cd $(JOPLIN_DIR) && npm install --no-audit --no-fund --ignore-scripts joplin@3.5.1
	cd $(JOPLIN_DIR)/node_modules/sqlite3 && ../.bin/node-pre-gyp rebuild --build-from-source \
	  --nodedir="$$(dirname "$$(dirname "$$(command -v node)")")"
	touch $(JOPLIN_STAMP)

bench-joplin: $(STAMP) $(JOPLIN_STAMP)
	$(BIN)/python -m bench.joplin

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find jiu_desktop -name '*.py' | sort) -ts resources/translations/jiu_nl.ts -no-obsolete -target-language nl_NL
	$(BIN)/pyside6-lrelease resources/translations/jiu_nl.ts -qm resources/translations/jiu_nl.qm
	$(BIN)/pyside6-lupdate $$(find jiu_desktop -name '*.py' | sort) -ts resources/translations/jiu_en.ts -no-obsolete -pluralonly -source-language en_GB -target-language en_GB
	$(BIN)/python resources/translations/fill_english_plurals.py resources/translations/jiu_en.ts
	$(BIN)/pyside6-lrelease resources/translations/jiu_en.ts -qm resources/translations/jiu_en.qm

# make dist: PyInstaller reads and strips the libraries with binutils; dpkg-deb packs.
dist-tools:
	@missing=""; for tool in objdump strip dpkg-deb; do command -v $$tool >/dev/null || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq binutils dpkg; \
	  else \
	    echo "make dist mist:$$missing. Voer uit: sudo apt-get install binutils dpkg"; exit 1; \
	  fi; \
	fi

# The one-folder bundle (dist/jiu-desktop/) and dist/jiu-desktop_<version>_<arch>.deb.
dist: $(DIST_STAMP) dist-tools qt-libs
	rm -rf build/pyinstaller build/deb-root dist/jiu-desktop dist/jiu-desktop_*.deb
	$(BIN)/python installer/build.py
	$(BIN)/python installer/build_deb.py --depends "$(XCB_PACKAGES)"
	rm -rf build/pyinstaller

# The package unpacked and run with an empty environment; dpkg -i / -r when root.
dist-check: dist desktop-libs
	$(BIN)/python installer/dist_check.py --depends "$(XCB_PACKAGES)"

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist
