package org.compactdpa.messaging.projections;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compactdpa.messaging.inbox.IncomingEvent;

/** The counts of one rebuild as it goes; touched only from the rebuild's own context, one step at a time. */
final class RebuildProgress {

    private static final int FAILURES_LISTED = 20;
    private static final int ERROR_LIMIT = 300;

    private final Projection projection;
    /** Events an earlier pass could not apply, by where they sit, with what went wrong. */
    private final Map<String, String> skipped;
    private final OffsetDateTime startedAt;
    private final long started;
    private final List<RebuildReport.FailedEvent> failures = new ArrayList<>();
    private Map<String, Long> rowsBefore = Map.of();
    private long events;
    private long applied;
    private long duplicates;
    private long notCloudEvents;
    private long failed;

    RebuildProgress(Projection projection, Map<String, String> skipped, long started) {
        this.projection = projection;
        this.skipped = skipped;
        this.started = started;
        this.startedAt = OffsetDateTime.now(ZoneOffset.UTC).minus(elapsed());
    }

    /** Where a record sits: topic, partition and offset. */
    static String at(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    void before(Map<String, Long> rows) {
        rowsBefore = new LinkedHashMap<>(rows);
    }

    void notCloudEvent() {
        events++;
        notCloudEvents++;
    }

    void applied(boolean firstTime) {
        events++;
        if (firstTime) {
            applied++;
        } else {
            duplicates++;
        }
    }

    /** Whether an earlier pass found that this record cannot be applied; it then counts as failed. */
    boolean skips(ConsumerRecord<String, String> record, IncomingEvent event) {
        String error = skipped.get(at(record));
        if (error == null) {
            return false;
        }
        events++;
        failed++;
        if (failures.size() < FAILURES_LISTED) {
            failures.add(new RebuildReport.FailedEvent(event.id(), event.type(), record.topic(), record.partition(),
                    record.offset(), error.length() > ERROR_LIMIT ? error.substring(0, ERROR_LIMIT) + "…" : error));
        }
        return true;
    }

    RebuildReport report(Map<String, Long> rowsAfter) {
        return new RebuildReport(projection.name(), projection.topics(), events, applied, duplicates, notCloudEvents,
                failed, List.copyOf(failures), rowsBefore, new LinkedHashMap<>(rowsAfter), startedAt, elapsed().toMillis());
    }
}
