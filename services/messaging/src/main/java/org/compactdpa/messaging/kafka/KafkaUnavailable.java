package org.compactdpa.messaging.kafka;

import java.util.List;
import org.compactdpa.platform.problem.ProblemException;

/** The broker did not answer an operator's call, or refused it; the call can be tried again later. */
public class KafkaUnavailable extends RuntimeException {

    public KafkaUnavailable(Throwable cause) {
        super(cause == null ? "Kafka did not answer" : cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }

    /** What the operator sees: a 503 naming what went wrong, without a stack trace. */
    public ProblemException asProblem(String doing) {
        return new ProblemException(503, "kafka-unavailable", "Kafka is unavailable",
                "Could not " + doing + ": " + getMessage(), List.of());
    }
}
