package org.compactdpa.portal.errors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.compactdpa.platform.problem.ProblemMappers;

/** An address no page answers: a page for people, problem+json for API clients as from every service. */
@Provider
@Priority(ProblemPages.BEFORE_SHARED)
public class MissingPages implements ExceptionMapper<NotFoundException> {

    private static final ProblemMappers API_PROBLEMS = new ProblemMappers();

    private final ErrorPage page;
    private final UriInfo uri;

    public MissingPages(ErrorPage page, UriInfo uri) {
        this.page = page;
        this.uri = uri;
    }

    @Override
    public Response toResponse(NotFoundException e) {
        String path = uri.getPath();
        if (isApi(path)) {
            return API_PROBLEMS.web(e, uri);
        }
        // No page matched, so nobody asked who is signed in yet; the page does without knowing.
        return ProblemPages.html(404, page.render(404, "Page not found", "There is no page at " + path + ".", List.of(), true));
    }

    /** API clients and operators get problem+json, as from every service; people get pages. */
    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/q/");
    }
}
