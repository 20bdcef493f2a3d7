package org.compactdpa.messaging.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Evolves the shared outbox/inbox tables under a history of their own.
 * <p>
 * {@code db/messaging/V0_1} runs in each service's main Flyway history, before the service's V1.
 * Once V1 has run there, a V0_2 in that history would be out of order and refused, so every later
 * messaging migration lives in {@code db/messaging-changes} and is applied, right after the main
 * migration, by a second Flyway with its own table ({@code flyway_messaging_history}). That history
 * starts at a baseline of 0.1: V0_1 is by then always applied, by the main history.
 */
public class MessagingMigrations implements Callback {

    public static final String HISTORY = "flyway_messaging_history";
    static final String LOCATION = "classpath:db/messaging-changes";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (!outboxExists(context.getConnection())) {
            // A Flyway run whose locations leave out db/messaging (not a messaging service): nothing to evolve.
            return;
        }
        Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(context.getConfiguration().getDataSource())
                .table(HISTORY)
                .locations(LOCATION)
                // The schema is never empty here (the main history and V0_1's tables are in it), so the
                // first run records the baseline V0_1 and then applies what follows it.
                .baselineOnMigrate(true)
                .baselineVersion("0.1")
                // Flyway writes the description into SQL unescaped: no quote in it.
                .baselineDescription("V0_1 outbox and inbox, applied in the main history")
                .load()
                .migrate();
    }

    @Override
    public String getCallbackName() {
        return "compact-messaging-migrations";
    }

    private static boolean outboxExists(Connection connection) {
        try (var statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select to_regclass('outbox_event') is not null")) {
            row.next();
            return row.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look for the outbox table: " + e.getMessage(), e);
        }
    }
}
