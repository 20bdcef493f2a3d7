package org.compactdpa.messaging.deadletters;

import java.time.OffsetDateTime;

/**
 * One record on the service's dead-letter topic, as an operator sees it: where it sits, which event
 * it carries, where it came from and why handling it failed (never its payload). The origin and the
 * reasons are the headers the messaging connector writes on every dead letter.
 */
public record DeadLetter(int partition, long offset, String eventId, String type, String key,
        String originalTopic, Integer originalPartition, Long originalOffset, String reason, String cause,
        OffsetDateTime failedAt) {
}
