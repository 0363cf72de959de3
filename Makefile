# The two commands that matter: `make run` and `make test`. Everything they need is set up here.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= config.settings.dev

.PHONY: run test test-redis bench forms-png migrate demo install install-dev browser-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

# Serve on 127.0.0.1:$(PORT) with a background-task worker beside the web server.
run: demo
	@echo "正在启动：http://127.0.0.1:$(PORT)/  （后台：http://127.0.0.1:$(PORT)/admin/）"
	@$(BIN)/python manage.py db_worker --interval 1 >var-worker.log 2>&1 & \
	  worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Debian's chromium for the browser tests; installed here, never downloaded by a test tool.
browser-deps:
	@bash scripts/ensure-browser.sh

# One process by default: on this 2-core machine two workers measured no faster (10.8 min against 10.6) and
# put two browsers and two live servers on the cores at once. TEST_WORKERS=auto runs on every core
# (pytest-xdist, at most 4 workers, each test file whole on one worker) in two passes: the tests that commit
# for real (live server…, marked `transactional` by conftest.py) flush the migrations' data on their worker,
# so they run after all others, as one process orders them by itself.
TEST_WORKERS ?= 0
PYTEST = DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python -m pytest
XDIST = -n $(TEST_WORKERS) --maxprocesses=4 --dist loadfile
test: install-dev browser-deps
ifeq ($(TEST_WORKERS),0)
	$(PYTEST) $(PYTEST_ARGS)
else
	@status=0; \
	  $(PYTEST) $(XDIST) -m "not transactional" $(PYTEST_ARGS) || status=$$?; \
	  $(PYTEST) $(XDIST) -m transactional $(PYTEST_ARGS) || status=$$?; \
	  exit $$status
endif

# The shared-cache tests: REDIS_URL and a PostgreSQL DATABASE_URL must be set (.ci/run sets both).
test-redis: install-dev
	DJANGO_SETTINGS_MODULE=config.settings.test CC_REQUIRE_SERVICES=1 $(BIN)/python -m pytest pagecache tests/multihost

# docs/BENCHMARKS.md. DATABASE_URL=postgres://… runs the database benchmarks there too (throw-away
# databases of their own); bench.pages also runs with Redis (db 14) when Redis answers on REDIS_URL's host.
bench: install-dev
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python -m bench

# docs/forms/*.png: the demo and blank forms as printed (needs poppler's pdftoppm, see browser-deps).
forms-png: install-dev browser-deps
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python scripts/render_demo_forms.py

clean:
	rm -rf $(VENV) var db.sqlite3
