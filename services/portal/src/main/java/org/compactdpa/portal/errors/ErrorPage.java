package org.compactdpa.portal.errors;

import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** An error as a page a person can read: what went wrong, in words, under the status code. */
@ApplicationScoped
public class ErrorPage {

    private final Template error;

    public ErrorPage(Template error) {
        this.error = error;
    }

    /** {@code bare} leaves out who is signed in, for answers given before anyone asked. */
    String render(int status, String title, String detail, List<Map<String, Object>> fields, boolean bare) {
        return error.data("bare", bare).data("status", status).data("title", title).data("detail", detail)
                .data("fields", fields).render();
    }
}
