package org.compactdpa.messaging.outbox;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Why the broker did not take an outbox row, reduced to what the relay must decide: retry later, or
 * park the row because sending the same bytes again can only fail the same way.
 */
public record SendFailure(boolean permanent, String reason) {

    /**
     * Errors that depend only on the record itself (its size, its topic name, its bytes). Anything
     * else (timeouts, a broker away, a leader moving, missing rights) may heal on its own.
     */
    private static final java.util.List<Class<? extends Throwable>> PERMANENT = java.util.List.of(
            RecordTooLargeException.class, RecordBatchTooLargeException.class, InvalidTopicException.class,
            SerializationException.class);

    /** Looks through the wrappers (emitter, Mutiny, completion) for a cause that decides the matter. */
    public static SendFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<? extends Throwable> type : PERMANENT) {
                if (type.isInstance(cause)) {
                    return new SendFailure(true, describe(cause));
                }
            }
        }
        return new SendFailure(false, describe(failure));
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
