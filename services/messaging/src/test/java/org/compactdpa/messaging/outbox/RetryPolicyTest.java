package org.compactdpa.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(20, new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5)));

    @Test
    void aRecordTooLargeIsPermanentEvenWhenWrapped() {
        SendFailure failure = SendFailure.of(new CompletionException(new RecordTooLargeException("1.2 MB > 1 MB")));
        assertTrue(failure.permanent());
        assertTrue(failure.reason().startsWith("RecordTooLargeException: 1.2 MB"), failure.reason());
    }

    @Test
    void serialisationAndInvalidTopicErrorsArePermanent() {
        assertTrue(SendFailure.of(new SerializationException("bad bytes")).permanent());
        assertTrue(SendFailure.of(new InvalidTopicException("no such name")).permanent());
    }

    @Test
    void timeoutsAndLeaderChangesMayHeal() {
        assertFalse(SendFailure.of(new TimeoutException("broker away")).permanent());
        assertFalse(SendFailure.of(new NotLeaderOrFollowerException("moving")).permanent());
        assertFalse(SendFailure.of(new IllegalStateException("no item after 30 s")).permanent());
    }

    @Test
    void aPermanentFailureParksAtTheFirstAttempt() {
        RetryPolicy.Decision decision = policy.decide(1, SendFailure.of(new RecordTooLargeException("big")));
        assertTrue(decision.park());
        assertEquals("RecordTooLargeException: big", decision.reason());
    }

    @Test
    void aTransientFailureWaitsUntilTheAttemptsRunOutThenParks() {
        SendFailure timeout = SendFailure.of(new TimeoutException("away"));
        assertFalse(policy.decide(19, timeout).park());
        RetryPolicy.Decision last = policy.decide(20, timeout);
        assertTrue(last.park());
        assertEquals("gave up after 20 attempts: TimeoutException: away", last.reason());
    }

    @Test
    void theBackoffDoublesFromOneSecondUpToFiveMinutes() {
        Backoff backoff = policy.backoff();
        assertEquals(Duration.ofSeconds(1), backoff.after(1));
        assertEquals(Duration.ofSeconds(2), backoff.after(2));
        assertEquals(Duration.ofSeconds(4), backoff.after(3));
        assertEquals(Duration.ofSeconds(256), backoff.after(9));
        assertEquals(Duration.ofMinutes(5), backoff.after(10));
        assertEquals(Duration.ofMinutes(5), backoff.after(1_000));
        assertEquals(Duration.ofSeconds(1), backoff.after(0));
    }

    @Test
    void aNonsensicalScheduleIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofMinutes(5)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofMinutes(6), Duration.ofMinutes(5)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, policy.backoff()));
    }
}
