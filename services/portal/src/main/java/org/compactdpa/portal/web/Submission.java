package org.compactdpa.portal.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.compactdpa.portal.backend.BackendException;

/**
 * Every form post has one shape: call a service, then go on to the next page (post, redirect, get);
 * when the service refuses (a 4xx, a rule the person can act on) show the form's page again with
 * what it said. Outages are not caught here: they become error pages.
 */
final class Submission {

    private Submission() {
    }

    static Object of(Supplier<Map<String, Object>> call, String next, Function<BackendException, Object> again) {
        return of(call, answer -> next, again);
    }

    static Object of(Supplier<Map<String, Object>> call, Function<Map<String, Object>, String> next,
            Function<BackendException, Object> again) {
        Map<String, Object> answer;
        try {
            answer = call.get();
        } catch (BackendException e) {
            if (!e.isClientError()) {
                throw e;
            }
            return again.apply(e);
        }
        return Response.seeOther(URI.create(next.apply(answer))).build();
    }
}
