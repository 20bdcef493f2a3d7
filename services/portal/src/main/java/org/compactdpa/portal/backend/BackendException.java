package org.compactdpa.portal.backend;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/**
 * A service answered with an error (its problem+json body kept), or did not answer at all. The
 * portal shows the person what the service said, in a page rather than as JSON.
 */
@TemplateData
public class BackendException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<Map<String, Object>> fields;

    public BackendException(int status, String title, String detail, List<Map<String, Object>> fields) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fields = fields == null ? List.of() : fields;
    }

    static BackendException unreachable(String service, Exception cause) {
        BackendException e = new BackendException(503, "Service unavailable",
                "The " + service + " service is not answering right now. Please try again in a moment.", null);
        e.initCause(cause);
        return e;
    }

    /** The HTTP status the service answered (503 when it could not be reached). */
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** Field-level validation messages ({@code field}, {@code message}), when the service named them. */
    public List<Map<String, Object>> fields() {
        return fields;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** A refusal the person can act on (bad input, a rule of the process), as opposed to an outage. */
    public boolean isClientError() {
        return status >= 400 && status < 500;
    }
}
