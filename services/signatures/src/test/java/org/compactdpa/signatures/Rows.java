package org.compactdpa.signatures;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compactdpa.local.PostgresServer;
import org.compactdpa.testing.TestInfrastructure;

/** Reads rows of the service's test database as its own user, for what the API does not show. */
public final class Rows {

    public static final String DB = "compact_test";

    private Rows() {
    }

    /** The only row the query answers, column name to value; fails if there is none or more than one. */
    public static Map<String, Object> one(String sql, Object... parameters) {
        List<Map<String, Object>> rows = all(List.of(), sql, parameters);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row, got " + rows.size() + ": " + sql);
        }
        return rows.get(0);
    }

    /** The rows of the query, run after the given session settings on the same connection. */
    public static List<Map<String, Object>> all(List<String> settings, String sql, Object... parameters) {
        PostgresServer postgres = TestInfrastructure.get().postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DB), PostgresServer.APP_USER,
                PostgresServer.APP_PASSWORD)) {
            try (Statement statement = connection.createStatement()) {
                for (String setting : settings) {
                    statement.execute(setting);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                            row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql + ": " + e.getMessage(), e);
        }
    }
}
