package org.compactdpa.messaging.projections;

import io.smallrye.mutiny.CompositeException;
import org.compactdpa.messaging.inbox.IncomingEvent;

/** The event at {@code at} could not be applied; the rebuild pass that met it is rolled back. */
final class EventFailed extends RuntimeException {
    final String at;
    final transient IncomingEvent event;
    final String reason;

    EventFailed(String at, IncomingEvent event, Throwable cause) {
        super("Event " + event.id() + " at " + at + " failed", cause);
        this.at = at;
        this.event = event;
        this.reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The event failure behind {@code failure}, which the rollback may have wrapped with its own. */
    static EventFailed in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EventFailed failed) {
                return failed;
            }
            if (t instanceof CompositeException composite) {
                for (Throwable each : composite.getCauses()) {
                    EventFailed found = in(each);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }
}
