package org.compactdpa.portal.clients;

import io.smallrye.mutiny.Uni;
import java.time.Duration;

/**
 * Where a page waits for the services. The clients answer {@link Uni}s so that a page can start its
 * independent calls together; the page, a blocking endpoint, then waits here once for all of them.
 */
public final class Answers {

    /**
     * How long a page waits for all its calls together: longer than one call may take (connect 5 s, read
     * 20 s), so that a single slow service shows as its own failure; beyond it the page says a service is
     * unavailable rather than keep the person waiting.
     */
    static final Duration PAGE_WAIT = Duration.ofSeconds(25);

    private Answers() {
    }

    public static <T> T await(Uni<T> answer) {
        try {
            return answer.await().atMost(PAGE_WAIT);
        } catch (RuntimeException e) {
            throw ProblemAnswers.explain(e);
        }
    }
}
