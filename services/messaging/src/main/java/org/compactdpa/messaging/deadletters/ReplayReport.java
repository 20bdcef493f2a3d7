package org.compactdpa.messaging.deadletters;

/**
 * What a replay did: {@code replayed} records were sent back to their topics, {@code skipped} carried
 * no original topic and were passed over, {@code remaining} were left for another call (a replay
 * takes at most a bounded number of records).
 */
public record ReplayReport(String topic, long replayed, long skipped, long remaining, long durationMs) {
}
