package org.compactdpa.portal.errors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.compactdpa.platform.problem.ProblemMappers;

/**
 * A form body that cannot be read is the sender's fault, not ours: broken percent-encoding
 * ({@code a=%zz}), more fields than quarkus.http.limits.max-parameters, a CSRF token that is not
 * even base64. The form parser and the CSRF check report these as plain runtime exceptions, which
 * would otherwise be a 500 with an error reference; here they become a 400 page. Every other
 * unexpected failure still goes to the shared mapper (500, logged with its reference).
 */
@Provider
@Priority(ProblemPages.BEFORE_SHARED)
public class UnreadableFormPages implements ExceptionMapper<RuntimeException> {

    /** Where reading a request's form happens: RESTEasy's form parsers and the CSRF filter. */
    private static final List<String> FORM_READERS = List.of("org.jboss.resteasy.reactive.server.core.multipart.",
            "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler", "io.quarkus.csrf.reactive.");

    private static final ProblemMappers API_PROBLEMS = new ProblemMappers();

    private final ErrorPage page;
    private final UriInfo uri;

    public UnreadableFormPages(ErrorPage page, UriInfo uri) {
        this.page = page;
        this.uri = uri;
    }

    @Override
    public Response toResponse(RuntimeException e) {
        if (!thrownWhileReadingTheForm(e)) {
            return API_PROBLEMS.unexpected(e, uri);
        }
        return ProblemPages.html(400, page.render(400, ErrorTexts.title(400), ErrorTexts.detail(400), List.of(), true));
    }

    /** Whether the failure started in the code that reads the form, rather than in a page. */
    static boolean thrownWhileReadingTheForm(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement[] frames = t.getStackTrace();
            // The innermost frames say where it was thrown: a page's own frames would come before any reader's.
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                String type = frames[i].getClassName();
                if (type.startsWith("org.compactdpa.")) {
                    break;
                }
                if (FORM_READERS.stream().anyMatch(type::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }
}
