# Compact: the two commands are `make run` and `make test`. Needs a JDK 17+ and Maven; nothing else.
MVN ?= mvn -B
ROOT := $(abspath .)
SOURCES := $(shell find services deploy -path '*/target' -prune -o -type f \( -name '*.java' -o -name '*.properties' -o -name 'pom.xml' -o -name '*.sql' -o -name '*.html' -o -name '*.json' \) -print) pom.xml
BUILT := .local/build.stamp

.PHONY: run stop status test test-fast build bench clean stack-up stack-down help

help:
	@echo "make run     build if needed, start the whole platform with demo data, print URLs and logins"
	@echo "make stop    stop everything 'make run' started"
	@echo "make test    the whole test suite against real PostgreSQL, Kafka and Keycloak"
	@echo "make test-fast   only the pure rules (state machines, policies, diffs, architecture): seconds, no servers"
	@echo "make build   compile and package every module"
	@echo "make stack-up / stack-down   only PostgreSQL, Kafka and Keycloak, for working on one service"

# Builds the modules in parallel and skips compiling tests: `make test` compiles and runs them.
$(BUILT): $(SOURCES)
	$(MVN) -q install -Dmaven.test.skip=true -T 1C
	@mkdir -p .local && touch $(BUILT)

build: $(BUILT)

run: $(BUILT)
	@deploy/local/compact up

stop:
	@deploy/local/compact down

status:
	@deploy/local/compact status

stack-up: $(BUILT)
	@deploy/local/compact up --infra

stack-down:
	@deploy/local/compact down --infra

# Every module's tests start the real components they need and stop them when their JVM ends;
# the sweep afterwards catches anything a crashed test JVM could not stop.
# One Keycloak serves every module's test JVM (the first starts it); it is stopped here at the end.
test:
	@rc=0; COMPACT_TEST_SHARED_KEYCLOAK=true $(MVN) verify || rc=$$?; \
	pkill -f -- "-Dcompact[.]stack=$(ROOT)/.local/test" 2>/dev/null || true; \
	rm -f .local/test/shared-keycloak.port; \
	pkill -f -- "-Dcompact[.]stack=$(ROOT)/.local/e2e" 2>/dev/null || true; \
	exit $$rc

# The tests tagged "fast": plain JUnit, no Quarkus start, no real components.
test-fast:
	$(MVN) -q -Pfast test

bench: $(BUILT)
	@deploy/local/bench.sh

clean:
	-@deploy/local/compact down >/dev/null 2>&1
	-@deploy/local/compact down --infra >/dev/null 2>&1
	$(MVN) -q clean
	rm -rf .local
