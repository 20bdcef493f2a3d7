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
	@echo "make bench   adoption, sealing and registry figures for the running stack, in one table (~10 min)"
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
# Lanes after one build: every module is compiled and packaged once (the services' runnable apps
# included), then the end-to-end suite, which runs those apps, goes side by side with every other
# module's tests, two modules at a time (each test JVM has its own PostgreSQL and Kafka on free ports).
# Those do not package the apps again (quarkus.build.skip), so the apps under the end-to-end stack
# never change while it runs. The end-to-end lane writes to .local/e2e-test.log,
# summed up at the end (its last lines in full when it failed).
E2E_LOG := .local/e2e-test.log
test:
	@mkdir -p .local; rm -f $(E2E_LOG) .local/e2e-test.rc; \
	export COMPACT_TEST_SHARED_KEYCLOAK=true; \
	$(MVN) -q install -DskipTests -T 2 || exit 1; \
	echo "End-to-end suite running beside the module tests; its log: $(E2E_LOG)"; \
	( $(MVN) verify -pl services/e2e >$(E2E_LOG) 2>&1; echo $$? >.local/e2e-test.rc ) & e2e=$$!; \
	rc=0; $(MVN) verify -T 2 -pl '!services/e2e' -Dquarkus.build.skip=true || rc=$$?; \
	wait $$e2e; e2e_rc=$$(cat .local/e2e-test.rc 2>/dev/null || echo 1); \
	echo "---- end-to-end suite (services/e2e), exit $$e2e_rc ----"; \
	if [ "$$e2e_rc" = 0 ]; then grep -E 'Tests run:|BUILD|Total time' $(E2E_LOG) | tail -15; \
	else tail -n 400 $(E2E_LOG); rc=1; fi; \
	pkill -f -- "-Dcompact[.]stack=$(ROOT)/.local/test" 2>/dev/null || true; \
	rm -f .local/test/shared-keycloak.port; \
	pkill -f -- "-Dcompact[.]stack=$(ROOT)/.local/e2e" 2>/dev/null || true; \
	exit $$rc

# The tests tagged "fast": plain JUnit, no Quarkus start, no real components.
test-fast:
	$(MVN) -q -Pfast test

# Adoptions, the public list and sealing against the running stack (started if needed); registry search
# over 200,000 agreements and the database's ceiling on a stack of the bench's own (.local/bench, deleted after).
bench: $(BUILT)
	@deploy/local/bench.sh

clean:
	-@deploy/local/compact down >/dev/null 2>&1
	-@deploy/local/compact down --infra >/dev/null 2>&1
	$(MVN) -q clean
	rm -rf .local
