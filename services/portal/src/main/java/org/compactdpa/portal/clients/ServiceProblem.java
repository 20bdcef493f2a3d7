package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/**
 * A refusal or failure the person is shown: what a service answered (its problem+json kept), that
 * it could not be reached, or the portal's own check of a form before any call. Pages render it as
 * an error page, or above the form that caused it.
 */
@TemplateData
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<Map<String, Object>> fields;

    public ServiceProblem(int status, String title, String detail, List<Map<String, Object>> fields) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fields = fields == null ? List.of() : fields;
    }

    /** A form value the portal refuses before asking any service, named the way services name fields. */
    public static ServiceProblem invalidField(String title, String detail, String field, String message) {
        return new ServiceProblem(400, title, detail, List.of(Map.of("field", field, "message", message)));
    }

    static ServiceProblem unreachable(Throwable cause) {
        ServiceProblem problem = new ServiceProblem(503, "Service unavailable",
                "Part of Compact is not answering right now. Please try again in a moment.", null);
        problem.initCause(cause);
        return problem;
    }

    static ServiceProblem failed(int status) {
        // The person learns it is not their doing; the service's own words stay in its log.
        return new ServiceProblem(502, "A service failed",
                "Part of Compact could not answer just now (" + status + "). Please try again shortly.", null);
    }

    static ServiceProblem garbled(Throwable cause) {
        ServiceProblem problem = new ServiceProblem(502, "Unexpected answer",
                "A service answered with something the portal could not read.", null);
        problem.initCause(cause);
        return problem;
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

    /** Whether the service named this field among the offending ones. */
    public boolean names(String field) {
        return fields.stream().anyMatch(f -> field.equals(f.get("field")));
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** A refusal the person can act on (bad input, a rule of the process), as opposed to an outage. */
    public boolean isClientError() {
        return status >= 400 && status < 500;
    }
}
