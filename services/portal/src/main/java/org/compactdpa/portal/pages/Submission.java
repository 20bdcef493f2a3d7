package org.compactdpa.portal.pages;

import io.smallrye.mutiny.Uni;
import java.util.function.Function;
import java.util.function.Supplier;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.ServiceProblem;

/**
 * Every form post has one shape: call a service, then go on to the next page; when the service
 * refuses (a 4xx, a rule the person can act on) show the form's page again with what it said.
 * Outages are not caught here: they become error pages.
 */
public final class Submission {

    private Submission() {
    }

    public static Object of(Uni<?> call, String next, Function<ServiceProblem, Object> again) {
        return of(() -> Answers.await(call), answer -> next, again);
    }

    public static <T> Object of(Uni<T> call, Function<T, String> next, Function<ServiceProblem, Object> again) {
        return of(() -> Answers.await(call), next, again);
    }

    /**
     * For an answer that must be shown at once rather than after a redirect (a secret the service gives
     * out only this once): {@code shown} makes the page from it.
     */
    public static <T> Object showing(Uni<T> call, Function<T, Object> shown, Function<ServiceProblem, Object> again) {
        T answer;
        try {
            answer = Answers.await(call);
        } catch (ServiceProblem e) {
            if (!e.isClientError()) {
                throw e;
            }
            return again.apply(e);
        }
        return shown.apply(answer);
    }

    /** For a submission that is more than one call: {@code steps} runs them, waiting as it goes. */
    public static <T> Object of(Supplier<T> steps, Function<T, String> next, Function<ServiceProblem, Object> again) {
        T answer;
        try {
            answer = steps.get();
        } catch (ServiceProblem e) {
            if (!e.isClientError()) {
                throw e;
            }
            return again.apply(e);
        }
        return new SeeOther(next.apply(answer));
    }
}
