package org.compactdpa.portal.web;

import io.quarkus.qute.Template;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.compactdpa.platform.problem.ProblemMappers;
import org.compactdpa.portal.backend.BackendException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors as pages a person can read: what went wrong, in words, with the same status code. These
 * mappers take precedence over the shared problem+json ones, which stay for the /api paths.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    private static final int BEFORE_SHARED = Priorities.USER - 100;
    private static final ProblemMappers API_PROBLEMS = new ProblemMappers();

    private final Template error;

    public ErrorPages(Template error) {
        this.error = error;
    }

    @ServerExceptionMapper(priority = BEFORE_SHARED)
    public Response backend(BackendException e) {
        if (!e.isClientError()) {
            LOG.warnf("a service call failed: %s", e.getMessage());
        }
        return page(e.status(), e.title(), e.detail(), e.fields());
    }

    @ServerExceptionMapper(priority = BEFORE_SHARED)
    public Response refused(PageException e) {
        return page(e.status(), e.title(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper(priority = BEFORE_SHARED)
    public Response notFound(NotFoundException e, UriInfo uri) {
        if (uri.getPath().startsWith("/api/") || uri.getPath().startsWith("/q/")) {
            return API_PROBLEMS.web(e, uri); // API clients get problem+json, as from every service
        }
        // No page matched, so nobody asked who is signed in yet; the page does without knowing.
        return page(404, "Page not found", "There is no page at " + uri.getPath() + ".", List.of(), true);
    }

    private Response page(int status, String title, String detail, List<Map<String, Object>> fields) {
        return page(status, title, detail, fields, false);
    }

    private Response page(int status, String title, String detail, List<Map<String, Object>> fields, boolean bare) {
        String html = error.data("bare", bare).data("status", status).data("title", title).data("detail", detail).data("fields", fields)
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
