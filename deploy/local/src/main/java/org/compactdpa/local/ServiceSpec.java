package org.compactdpa.local;

import java.nio.file.Path;
import java.util.List;

/**
 * One Compact service as the local stack runs it: its name, HTTP port and database (none for the
 * portal). {@code instance} names the process (its log file, its pid entry): the service name,
 * unless the stack runs several instances of one service, see {@link #replica}.
 */
public record ServiceSpec(String name, int port, String database, String instance) {

    public ServiceSpec(String name, int port, String database) {
        this(name, port, database, name);
    }

    public static List<ServiceSpec> all(StackPorts ports) {
        return List.of(
                new ServiceSpec("districts", ports.service("districts"), "districts"),
                new ServiceSpec("vendors", ports.service("vendors"), "vendors"),
                new ServiceSpec("templates", ports.service("templates"), "templates"),
                new ServiceSpec("signatures", ports.service("signatures"), "signatures"),
                new ServiceSpec("accounts", ports.service("accounts"), "accounts"),
                new ServiceSpec("notices", ports.service("notices"), "notices"),
                new ServiceSpec("obligations", ports.service("obligations"), "obligations"),
                new ServiceSpec("portal", ports.service("portal"), null));
    }

    /** Another instance of this service on its own port, sharing the database, as a second pod would. */
    public ServiceSpec replica(String suffix, int port) {
        return new ServiceSpec(name, port, database, name + "-" + suffix);
    }

    public Path jar() {
        return Workspace.root().resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public boolean hasDatabase() {
        return database != null;
    }
}
