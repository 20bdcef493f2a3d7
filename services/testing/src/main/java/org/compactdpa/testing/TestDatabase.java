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
