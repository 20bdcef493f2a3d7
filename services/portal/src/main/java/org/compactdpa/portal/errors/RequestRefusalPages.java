package org.compactdpa.portal.errors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.compactdpa.platform.problem.ProblemMappers;

/**
 * A request the framework itself refused before any page ran: a form field over
 * quarkus.http.limits.max-form-attribute-size (413), a body of the wrong type (415), a method the
 * address does not take (405). People get a page saying so; API paths keep the shared problem.
 * Unknown addresses have their own page ({@link MissingPages}).
 */
@Provider
@Priority(ProblemPages.BEFORE_SHARED)
public class RequestRefusalPages implements ExceptionMapper<WebApplicationException> {

    private static final ProblemMappers API_PROBLEMS = new ProblemMappers();

    private final ErrorPage page;
    private final UriInfo uri;

    public RequestRefusalPages(ErrorPage page, UriInfo uri) {
        this.page = page;
        this.uri = uri;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 400 || MissingPages.isApi(uri.getPath())) {
            return API_PROBLEMS.web(e, uri);
        }
        return ProblemPages.html(status, page.render(status, ErrorTexts.title(status), ErrorTexts.detail(status), List.of(), true));
    }
}
