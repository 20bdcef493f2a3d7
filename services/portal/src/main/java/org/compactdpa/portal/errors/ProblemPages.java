package org.compactdpa.portal.errors;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.compactdpa.portal.clients.ServiceProblem;

/**
 * What a service refused, or that it did not answer, as a page with the same status. These page
 * mappers come before the shared problem+json ones, which stay for the /api paths.
 */
@Provider
@Priority(ProblemPages.BEFORE_SHARED)
public class ProblemPages implements ExceptionMapper<ServiceProblem> {

    static final int BEFORE_SHARED = jakarta.ws.rs.Priorities.USER - 100;

    private final ErrorPage page;

    public ProblemPages(ErrorPage page) {
        this.page = page;
    }

    @Override
    public Response toResponse(ServiceProblem e) {
        if (!e.isClientError()) {
            Log.warnf("a service call failed: %s", e.getMessage());
        }
        return html(e.status(), page.render(e.status(), e.title(), e.detail(), e.fields(), false));
    }

    static Response html(int status, String page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
