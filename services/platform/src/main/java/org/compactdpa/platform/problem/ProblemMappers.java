package org.compactdpa.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compactdpa.platform.json.StrictJson;
import org.compactdpa.platform.text.SafeText;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into problem+json: validation errors name their fields, malformed JSON is a
 * 400, unknown ids a 404, and an unexpected error a 500 that carries a reference instead of a stack trace.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
    }

    /**
     * A 400 naming each field and what it must be; a 422 when every violation is a field of the body
     * over its limit (a text too long, a list too long), so that the caller sees the limit, not a
     * malformed request. A query value over its limit is a bad parameter like any other: 400.
     */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), OverLimit.message(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        if (!e.getConstraintViolations().isEmpty() && e.getConstraintViolations().stream().allMatch(OverLimit::inBody)) {
            return respond(422, "over-limit", "A field is over its limit", detail, uri, errors);
        }
        return respond(400, "validation", "The request is not valid", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        if (e instanceof StrictJson.UnsafeText) {
            String reason = e.getOriginalMessage();
            return respond(422, "unsafe-text", "A text field holds a character that is not allowed",
                    field + ": " + reason, uri, List.of(new Problem.FieldError(field, reason)));
        }
        String reason = e.getOriginalMessage() == null ? "malformed JSON" : JacksonMessages.readable(e.getOriginalMessage());
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            reason = "'" + format.getValue() + "' is not one of " + java.util.Arrays.stream(
                    format.getTargetType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, reason));
        return respond(400, "malformed-body", "The request body is not valid JSON for this resource",
                field.isEmpty() ? reason : field + ": " + reason, uri, errors);
    }

    /** Declared on its own so it replaces the framework's default mapper for wrong JSON types. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed here";
            case 415 -> "Send the body as application/json";
            case 406 -> "This resource answers in JSON";
            default -> title;
        };
        return respond(status, "http-" + status, title, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable unique = UniqueViolation.find(e);
        if (unique != null) {
            return respond(409, "conflict", "Conflict with the current state",
                    "It already exists: " + UniqueViolation.describe(unique), uri, List.of());
        }
        Throwable databaseAway = DatabaseUnavailable.find(e);
        if (databaseAway != null) {
            return DatabaseUnavailable.respond(databaseAway, uri);
        }
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s", reference, SafeText.forEcho(rawPath(uri), 500));
        return respond(500, "internal", "Internal error",
                "Something went wrong on our side; quote reference " + reference + " when reporting it", uri, List.of());
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthenticated", "Authentication required",
                "Send a bearer token from the Compact realm", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        List<Problem.FieldError> echoed = errors.stream()
                .map(f -> new Problem.FieldError(SafeText.forEcho(f.field()), SafeText.forEcho(f.message(), 500)))
                .toList();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type(slug), title, status, SafeText.forEcho(detail, 1000), instanceOf(uri),
                        echoed)).build();
    }

    /**
     * The request's path as it was sent (still percent-encoded), so that a path holding a space, a NUL,
     * braces or a line break still makes a valid URI reference; null if even that fails.
     */
    static URI instanceOf(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return URI.create(rawPath(uri));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String rawPath(UriInfo uri) {
        try {
            String raw = uri.getRequestUri().getRawPath();
            return raw == null ? "" : raw;
        } catch (RuntimeException e) {
            return uri.getPath(false);
        }
    }

    /** "create.request.name" (method, parameter, field) becomes "name". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        // Constraints on container elements end in a node such as "<list element>": the index before it names the field.
        String path = violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
        String[] parts = path.split("\\.");
        if (parts.length > 2) {
            return String.join(".", java.util.Arrays.asList(parts).subList(2, parts.length));
        }
        return parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
