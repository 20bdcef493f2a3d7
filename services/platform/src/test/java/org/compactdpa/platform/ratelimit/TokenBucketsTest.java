package org.compactdpa.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class TokenBucketsTest {

    /** 3 a minute (one every 20 s), 2 at once. */
    private static final TokenBuckets.Limit SEARCH = new TokenBuckets.Limit("search", 3, 2);

    private final AtomicLong clock = new AtomicLong(1_000);
    private final TokenBuckets buckets = new TokenBuckets(100, clock::get);

    private void advance(long amount, TimeUnit unit) {
        clock.addAndGet(unit.toNanos(amount));
    }

    @Test
    void aNewAddressMaySendTheBurstAtOnceAndIsThenToldWhenToComeBack() {
        assertThat(buckets.take("203.0.113.7", SEARCH)).isZero();
        assertThat(buckets.take("203.0.113.7", SEARCH)).isZero();
        assertThat(buckets.take("203.0.113.7", SEARCH)).isEqualTo(20);
        advance(5, TimeUnit.SECONDS);
        assertThat(buckets.take("203.0.113.7", SEARCH)).isEqualTo(15);
    }

    @Test
    void theBucketRefillsAtTheRateAndNeverBeyondTheBurst() {
        buckets.take("203.0.113.7", SEARCH);
        buckets.take("203.0.113.7", SEARCH);
        advance(20, TimeUnit.SECONDS);
        assertThat(buckets.take("203.0.113.7", SEARCH)).as("one token back after 20 s").isZero();
        assertThat(buckets.take("203.0.113.7", SEARCH)).isEqualTo(20);

        advance(1, TimeUnit.HOURS);
        assertThat(buckets.take("203.0.113.7", SEARCH)).isZero();
        assertThat(buckets.take("203.0.113.7", SEARCH)).isZero();
        assertThat(buckets.take("203.0.113.7", SEARCH)).as("an hour's rest is still only a burst").isPositive();
    }

    @Test
    void aRefusedRequestTakesNothingSoWaitingAsToldIsEnough() {
        buckets.take("203.0.113.7", SEARCH);
        buckets.take("203.0.113.7", SEARCH);
        for (int i = 0; i < 50; i++) {
            assertThat(buckets.take("203.0.113.7", SEARCH)).isEqualTo(20);
        }
        advance(20, TimeUnit.SECONDS);
        assertThat(buckets.take("203.0.113.7", SEARCH)).isZero();
    }

    @Test
    void retryAfterIsRoundedUpToAWholeSecondAndIsNeverZero() {
        TokenBuckets.Limit fast = new TokenBuckets.Limit("fast", 600, 1);
        assertThat(buckets.take("203.0.113.7", fast)).isZero();
        assertThat(buckets.take("203.0.113.7", fast)).as("0.1 s to wait").isEqualTo(1);
        advance(99, TimeUnit.MILLISECONDS);
        assertThat(buckets.take("203.0.113.7", fast)).isEqualTo(1);
        advance(1, TimeUnit.MILLISECONDS);
        assertThat(buckets.take("203.0.113.7", fast)).isZero();
    }

    @Test
    void eachAddressAndEachRuleHasItsOwnBucket() {
        TokenBuckets.Limit verify = new TokenBuckets.Limit("verify", 1, 1);
        assertThat(buckets.take("203.0.113.7", verify)).isZero();
        assertThat(buckets.take("203.0.113.7", verify)).isEqualTo(60);
        assertThat(buckets.take("198.51.100.1", verify)).as("another address").isZero();
        assertThat(buckets.take("203.0.113.7", SEARCH)).as("another rule").isZero();
    }

    @Test
    void theTableStaysWithinItsSizeByForgettingTheBucketUsedLeastRecently() {
        TokenBuckets small = new TokenBuckets(3, clock::get);
        TokenBuckets.Limit once = new TokenBuckets.Limit("once", 1, 1);
        small.take("a", once);
        small.take("b", once);
        small.take("c", once);
        small.take("a", once);
        small.take("d", once);
        assertThat(small.take("a", once)).as("a was used after b, so b made room for d").isPositive();
        assertThat(small.take("c", once)).isPositive();
        assertThat(small.take("b", once)).as("b was forgotten: a full bucket again").isZero();
        for (int i = 0; i < 1_000; i++) {
            small.take("flood-" + i, once);
            assertThat(small.size()).isLessThanOrEqualTo(3);
        }
    }
}
