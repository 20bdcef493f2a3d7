package org.compactdpa.messaging.deadletters;

import java.time.OffsetDateTime;

/**
 * The dead-letter topic in one line: how many records wait to be replayed and why the latest of them
 * failed. {@code unreplayed} is null, and {@code problem} says why, when the broker could not be asked.
 */
public record DeadLetterSummary(String topic, Long unreplayed, String lastError, OffsetDateTime lastFailedAt,
        String problem) {

    static DeadLetterSummary unknown(String topic, String problem) {
        return new DeadLetterSummary(topic, null, null, null, problem);
    }
}
