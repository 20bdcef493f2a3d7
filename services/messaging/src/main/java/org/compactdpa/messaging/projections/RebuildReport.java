package org.compactdpa.messaging.projections;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a rebuild did, all in one transaction: the rows each table held before and holds after, the
 * records read from the topics ({@code events}), those applied for the first time, those whose id had
 * come already ({@code duplicates}), those without CloudEvent headers, and those whose handler failed
 * (skipped, as the live consumer would have sent them to the dead-letter topic; the first few listed).
 */
public record RebuildReport(String projection, List<String> topics, long events, long applied, long duplicates,
        long notCloudEvents, long failed, List<FailedEvent> failures, Map<String, Long> rowsBefore,
        Map<String, Long> rowsAfter, OffsetDateTime startedAt, long durationMs) {

    /** An event the rebuild could not apply, and where it sits on its topic. */
    public record FailedEvent(String eventId, String type, String topic, int partition, long offset, String error) {
    }
}
