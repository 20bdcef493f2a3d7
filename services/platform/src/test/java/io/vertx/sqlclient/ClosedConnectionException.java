package io.vertx.sqlclient;

import io.vertx.core.VertxException;

/**
 * Stands in for the reactive SQL client's exception of the same name (a connection lost while a query
 * waited for its answer), which this module does not depend on: DatabaseUnavailable knows it by name.
 */
public class ClosedConnectionException extends VertxException {

    public ClosedConnectionException() {
        super("Failed to read any response from the server, the underlying connection may have been lost unexpectedly.",
                true);
    }
}
