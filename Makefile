# The two commands of the README: `make run` starts the product, `make test` runs every test.
# `make test-quick` is the developer's loop: no browser, no video renders, no worker processes.
# `make test-install` (CI) installs the package without extras in a throwaway venv and starts `adgen up`.
.PHONY: run test test-quick test-install setup bench gallery

setup:
	@bash scripts/setup.sh

run: setup
	.venv/bin/adgen up

test: setup
	.venv/bin/ruff check --quiet adgen tests bench app.py
	.venv/bin/ruff format --check --quiet adgen tests bench app.py
	.venv/bin/python -m pytest

test-quick: setup
	.venv/bin/ruff check --quiet adgen tests bench app.py
	.venv/bin/python -m pytest -q -m "not slow and not browser"

test-install: setup
	python3 scripts/smoke_install.py

bench: setup
	.venv/bin/python bench/bench_render.py
	.venv/bin/python bench/bench_queue.py
	.venv/bin/python bench/bench_agent.py
	.venv/bin/python bench/bench_understanding.py
	.venv/bin/python bench/bench_cutout.py
	.venv/bin/python bench/bench_store.py
	.venv/bin/python bench/bench_api.py

# Six varied ads rendered offline at final quality, as contact sheets under docs/gallery/.
gallery: setup
	.venv/bin/python scripts/gallery.py
