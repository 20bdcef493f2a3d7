package org.compactdpa.portal.errors;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.compactdpa.platform.problem.ProblemMappers;

/**
 * A signed-in person whose roles a page's {@code @RolesAllowed} does not name: the same 403 page the
 * portal shows when a page's own check refuses them. API paths keep the shared 403 problem.
 */
@Provider
@Priority(ProblemPages.BEFORE_SHARED)
public class WrongRolePages implements ExceptionMapper<ForbiddenException> {

    private static final ProblemMappers API_PROBLEMS = new ProblemMappers();

    private final ErrorPage page;
    private final UriInfo uri;

    public WrongRolePages(ErrorPage page, UriInfo uri) {
        this.page = page;
        this.uri = uri;
    }

    @Override
    public Response toResponse(ForbiddenException e) {
        if (MissingPages.isApi(uri.getPath())) {
            return API_PROBLEMS.forbidden(e, uri);
        }
        return ProblemPages.html(403, page.render(403, "Not available to your account",
                "Your account cannot open this page. Ask a platform administrator if this is wrong.", List.of(), false));
    }
}
