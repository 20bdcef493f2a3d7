package org.compactdpa.messaging.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.FlywayException;

/**
 * After every migration, the role the service runs as may read and write the rows of every table,
 * and nothing more: the migration role owns the schema, so the service's own credentials cannot
 * create, alter or drop a table, nor switch off a table's triggers (the evidence trail's guards).
 * Tables named in {@code compact.db.append-only-tables} get rows added and read, never changed or
 * removed; Flyway's histories (the service's and the messaging tables', see {@link MessagingMigrations})
 * and the sequences' positions are not the service's to change either.
 * Nothing to do when both are one role.
 */
public class RuntimeRoleGrants implements Callback {

    /** The advisory lock the grants are made under (an arbitrary constant of this callback's own). */
    private static final long GRANTS_LOCK = 0x436f6d7061637447L;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    /** The grants hold their lock until they are committed together, in Flyway's transaction or their own. */
    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String runtimeRole = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String history = ConfigProvider.getConfig().getOptionalValue("quarkus.flyway.table", String.class)
                .orElse("flyway_schema_history");
        try {
            Connection connection = context.getConnection();
            if (runtimeRole.equals(currentRole(connection))) {
                return;
            }
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try {
                grant(connection, quoted(runtimeRole), history);
                if (ownTransaction) {
                    connection.commit();
                }
            } catch (SQLException e) {
                if (ownTransaction) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (ownTransaction) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("Cannot grant the service role " + runtimeRole + " its rights: " + e.getMessage(), e);
        }
    }

    private void grant(Connection connection, String role, String history) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Flyway has let go of its lock by now: instances starting together take turns here
            // (until this transaction ends), or PostgreSQL refuses one of two simultaneous grants
            // with "tuple concurrently updated".
            statement.execute("select pg_advisory_xact_lock(" + GRANTS_LOCK + ")");
            statement.execute("grant usage on schema public to " + role);
            statement.execute("grant select, insert, update, delete on all tables in schema public to " + role);
            statement.execute("grant usage, select on all sequences in schema public to " + role);
            statement.execute("revoke all on " + quoted(history) + " from " + role);
            if (exists(connection, MessagingMigrations.HISTORY)) {
                statement.execute("revoke all on " + quoted(MessagingMigrations.HISTORY) + " from " + role);
            }
            for (String table : appendOnlyTables()) {
                statement.execute("revoke update, delete, truncate on " + quoted(table) + " from " + role);
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "compact-runtime-role-grants";
    }

    private static List<String> appendOnlyTables() {
        return ConfigProvider.getConfig().getOptionalValues("compact.db.append-only-tables", String.class)
                .orElse(List.of());
    }

    private static String currentRole(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_user")) {
            row.next();
            return row.getString(1);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (var statement = connection.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, quoted(table));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
