# The two commands of README.md: `make demo` and `make test`. Each installs what it needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench install clean qt-runtime

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The Qt window needs a few X11 client libraries that a bare Linux (or a container) may lack;
# as root with apt-get they are installed, otherwise the exact command is printed.
QT_XCB_LIBS := libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 \
	libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-shape0 libxcb-randr0

qt-runtime: $(STAMP)
	@plugin=$$($(BIN)/python -c "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / 'Qt/plugins/platforms/libqxcb.so')"); \
	if [ "$$(uname)" = Linux ] && ldd "$$plugin" 2>/dev/null | grep -q "not found"; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get install -y -qq $(QT_XCB_LIBS) >/dev/null || { apt-get update -qq && apt-get install -y -qq $(QT_XCB_LIBS); }; \
		else \
			echo "Qt needs: sudo apt-get install $(QT_XCB_LIBS)"; exit 1; \
		fi; \
	fi

demo: $(STAMP) qt-runtime
	$(BIN)/clienteling demo $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(ARGS)

bench: $(STAMP)
	$(BIN)/clienteling bench $(ARGS)

clean:
	rm -rf $(VENV) build *.egg-info
