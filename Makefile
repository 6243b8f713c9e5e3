# UrbanPlan: the only entry points a user needs. Each target installs what it needs first.
PY       := .venv/bin/python
VERSION  := $(shell sed -n 's/^version=//p' metadata.txt)
PLUGIN   := urbanplan_plugin
PROFILE  ?= default
QGIS_PLUGINS ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/$(PROFILE)/python/plugins
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup demo scale-demo lint test test-fast test-compat bench docs package install uninstall translations translations-update clean

setup:
	@tools/setup.sh

demo: setup
	$(PY) tools/demo.py --out demo_output

# the headless Dask batch (docs/batch.md): 100 simulated cities on a local cluster, a sample
# checked against single runs, and a region in 16 tiles equal to the untiled run (offline)
scale-demo: setup
	$(PY) tools/scale_demo.py --out scale_demo_output

# ruff (lint + import order, ruff.toml) over the whole repository, before any test runs
lint: setup
	$(PY) -m ruff check .

test: lint
	$(PY) -m pytest tests -p no:cacheprovider

test-fast: setup
	$(PY) -m pytest tests -p no:cacheprovider -m "not slow and not e2e"

test-compat: setup
	tools/compat/run.sh

# pandana's compiled wheels (and the numpy 2 they bring) get a venv of their own, never the one
# QGIS uses; without it (no network, pip failing) its bench rows say it is not installed
bench: setup
	@[ -x .bench-pandana/bin/python ] || { python3 -m venv .bench-pandana && \
	  .bench-pandana/bin/pip install -q pandana; } || \
	  echo "pandana could not be installed: its rows will say so"
	$(PY) benchmarks/run.py

translations: setup
	@for ts in $(PLUGIN)/i18n/*.ts; do [ -e "$$ts" ] || continue; \
	  lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

# after adding or changing user-facing strings: refresh the .ts sources (new strings are marked
# unfinished; translate them in Qt Linguist or any editor), then `make translations`
translations-update:
	/usr/bin/python3 tools/i18n_extract.py --report

# the user guide, algorithm pages, workshop sheets and sources as HTML (offline help): docs/*.md
# -> build/docs (python3-markdown); the Help buttons open them (a checkout uses build/docs too)
docs: setup
	$(PY) tools/build_docs.py --out build/docs

package: translations docs
	rm -rf build/package dist/$(PLUGIN)-$(VERSION).zip
	mkdir -p build/package dist
	cp -rL $(PLUGIN) build/package/$(PLUGIN)
	rm -rf build/package/$(PLUGIN)/docs
	cp -r build/docs build/package/$(PLUGIN)/docs
	find build/package -name '__pycache__' -prune -exec rm -rf {} +
	find build/package -name '*.ts' -delete
	cd build/package && zip -qr ../../dist/$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "dist/$(PLUGIN)-$(VERSION).zip"

install:
	mkdir -p "$(QGIS_PLUGINS)"
	ln -sfn "$(CURDIR)/$(PLUGIN)" "$(QGIS_PLUGINS)/$(PLUGIN)"
	@echo "Linked into $(QGIS_PLUGINS); enable UrbanPlan in Plugins > Manage and Install Plugins."

uninstall:
	rm -f "$(QGIS_PLUGINS)/$(PLUGIN)"

clean:
	rm -rf build dist demo_output scale_demo_output .pytest_cache
