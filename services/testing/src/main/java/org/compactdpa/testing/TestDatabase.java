package org.compactdpa.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.compactdpa.local.PostgresServer;

/** Direct reads of a service's test database, for asserting what the API does not show (e.g. the outbox). */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Runs a statement as the service's own database user; a refusal by the database fails with its message. */
    public static int execute(String database, String sql, Object... parameters) {
        PostgresServer postgres = TestInfrastructure.get().postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.APP_USER,
                PostgresServer.APP_PASSWORD)) {
            return update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Runs a statement as the superuser with triggers switched off (replica mode): how a tamperer with
     * full control of the database server would get past its guards.
     */
    public static int executeAsSuperuserWithoutTriggers(String database, String sql, Object... parameters) {
        return asSuperuser(database, true, sql, parameters);
    }

    /** Runs a statement as the superuser: past every privilege, but not past triggers. */
    public static int executeAsSuperuser(String database, String sql, Object... parameters) {
        return asSuperuser(database, false, sql, parameters);
    }

    private static int asSuperuser(String database, boolean withoutTriggers, String sql, Object... parameters) {
        try (Connection connection = TestInfrastructure.get().postgres().adminConnection(database)) {
            if (withoutTriggers) {
                try (var statement = connection.createStatement()) {
                    statement.execute("set session_replication_role = replica");
                }
            }
            return update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    public static long count(String database, String sql, Object... parameters) {
        PostgresServer postgres = TestInfrastructure.get().postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.APP_USER,
                PostgresServer.APP_PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }
}
