package org.compactdpa.signatures.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.mutiny.Uni;
import java.math.BigInteger;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.compactdpa.platform.problem.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The readers of uploads: a deadline, a short queue, and hostile failures turned into 422s. */
@Tag("fast")
class InspectionPoolTest {

    record Config(Duration parseTimeout, int parseThreads, int parseQueue) implements VerifyConfig {
        @Override
        public MemorySize maxPdfSize() {
            return new MemorySize(BigInteger.valueOf(1024));
        }

        @Override
        public int maxObjects() {
            return 10;
        }
    }

    final InspectionPool pool = new InspectionPool(new Config(Duration.ofMillis(300), 1, 1));
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.stop();
    }

    static int status(Throwable e) {
        assertThat(e).isInstanceOf(ProblemException.class);
        return ((ProblemException) e).status();
    }

    /** The failure the reading ends with (the test fails if it answers instead). */
    static Throwable failureOf(Uni<?> reading) {
        Object outcome = reading.onItem().<Object>transform(item -> item).onFailure().recoverWithItem(e -> e)
                .await().atMost(Duration.ofSeconds(5));
        assertThat(outcome).isInstanceOf(Throwable.class);
        return (Throwable) outcome;
    }

    @Test
    void aReadingWithinTheDeadlineAnswers() {
        assertThat(pool.read(() -> "read").await().atMost(Duration.ofSeconds(5))).isEqualTo("read");
    }

    @Test
    void aReadingPastTheDeadlineIsA422AtTheDeadline() {
        long start = System.nanoTime();
        Throwable failure = failureOf(pool.read(() -> release.await(30, TimeUnit.SECONDS)));
        assertThat(status(failure)).isEqualTo(422);
        assertThat(failure).hasMessageContaining("could not be read in time");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aStackOverflowIsA422NotADeadThread() {
        Throwable failure = failureOf(pool.read(() -> {
            throw new StackOverflowError();
        }));
        assertThat(status(failure)).isEqualTo(422);
        assertThat(failure).hasMessageContaining("nested too deeply");
        assertThat(pool.read(() -> "still reading").await().atMost(Duration.ofSeconds(5))).isEqualTo("still reading");
    }

    @Test
    void aFullQueueIsA503() {
        pool.read(() -> release.await(30, TimeUnit.SECONDS));
        pool.read(() -> release.await(30, TimeUnit.SECONDS));
        Throwable failure = failureOf(pool.read(() -> "third"));
        assertThat(status(failure)).isEqualTo(503);
    }
}
