package org.compactdpa.platform.problem;

import java.util.List;

/**
 * A request the service refuses for a reason the caller can act on. Services throw these; the
 * mapper turns them into problem+json with the given status.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
    }

    /** The request breaks a rule of the current state (e.g. editing a published version). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail, List.of());
    }

    /** The request is well-formed but refers to something that makes it impossible. */
    public static ProblemException unprocessable(String field, String detail) {
        return new ProblemException(422, "unprocessable", "The request cannot be carried out", detail,
                List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "The request is not valid", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** The caller is authenticated but acts for another organisation, or lacks the authority. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
