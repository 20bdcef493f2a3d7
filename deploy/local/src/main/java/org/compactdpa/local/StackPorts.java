package org.compactdpa.local;

import java.util.Locale;
import java.util.Map;

/**
 * Ports of the local stack. Defaults stay clear of the usual 5432/9092/8080 so a developer's own
 * servers keep running; each one is overridable, e.g. COMPACT_KEYCLOAK_PORT or COMPACT_PORTAL_PORT.
 *
 * @param tsa  the local time-stamping authority's port (COMPACT_TSA_PORT); 0 lets it take any free port,
 *             which is then {@code LocalStack.tsa().port()}
 * @param mail the mail catcher's ports (COMPACT_MAIL_SMTP_PORT, COMPACT_MAIL_IMAP_PORT, COMPACT_MAIL_API_PORT)
 */
public record StackPorts(int postgres, int kafka, int kafkaController, int keycloak, int tsa, MailPorts mail,
        Map<String, Integer> services) {

    /**
     * Where the mail catcher listens: SMTP for the senders, IMAP for a mail client (0 for none), and
     * the HTTP API that lists a mailbox.
     */
    public record MailPorts(int smtp, int imap, int api) {

        static MailPorts free() {
            return new MailPorts(Readiness.freePort(), Readiness.freePort(), Readiness.freePort());
        }
    }

    /** The ports as they were before the TSA and the mail catcher had one: they then take free ports. */
    public StackPorts(int postgres, int kafka, int kafkaController, int keycloak, Map<String, Integer> services) {
        this(postgres, kafka, kafkaController, keycloak, 0, MailPorts.free(), services);
    }

    public static StackPorts fromEnvironment() {
        return new StackPorts(
                env("COMPACT_PG_PORT", 15432),
                env("COMPACT_KAFKA_PORT", 19092),
                env("COMPACT_KAFKA_CONTROLLER_PORT", 19093),
                env("COMPACT_KEYCLOAK_PORT", 18080),
                env("COMPACT_TSA_PORT", 18088),
                // SMTP on 3025, where the accounts and notices services send by default, so a service run
                // from the IDE against `make stack-up` finds it without settings.
                new MailPorts(env("COMPACT_MAIL_SMTP_PORT", 3025), env("COMPACT_MAIL_IMAP_PORT", 3143),
                        env("COMPACT_MAIL_API_PORT", 18025)),
                Map.of("portal", env("COMPACT_PORTAL_PORT", 8080),
                        "districts", env("COMPACT_DISTRICTS_PORT", 8081),
                        "vendors", env("COMPACT_VENDORS_PORT", 8082),
                        "templates", env("COMPACT_TEMPLATES_PORT", 8083),
                        "signatures", env("COMPACT_SIGNATURES_PORT", 8084),
                        "accounts", env("COMPACT_ACCOUNTS_PORT", 8085),
                        "notices", env("COMPACT_NOTICES_PORT", 8086),
                        "obligations", env("COMPACT_OBLIGATIONS_PORT", 8087)));
    }

    /**
     * Free ports everywhere, for a stack that must not collide with a running one (tests). The TSA runs
     * in this JVM and binds port 0 itself, which cannot race another process for the port.
     */
    public static StackPorts random() {
        return new StackPorts(Readiness.freePort(), Readiness.freePort(), Readiness.freePort(), Readiness.freePort(), 0,
                MailPorts.free(),
                Map.of("portal", Readiness.freePort(), "districts", Readiness.freePort(),
                        "vendors", Readiness.freePort(), "templates", Readiness.freePort(),
                        "signatures", Readiness.freePort(), "accounts", Readiness.freePort(),
                        "notices", Readiness.freePort(), "obligations", Readiness.freePort()));
    }

    public int service(String name) {
        Integer port = services.get(name);
        if (port == null) {
            throw new IllegalArgumentException("Unknown service " + name);
        }
        return port;
    }

    static String envName(String service) {
        return "COMPACT_" + service.toUpperCase(Locale.ROOT) + "_URL";
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
