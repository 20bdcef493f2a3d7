package org.compactdpa.portal.errors;

import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.compactdpa.platform.problem.ProblemMappers;

/**
 * A page's {@code @Authenticated} or {@code @RolesAllowed} met nobody signed in. The path rules start
 * the login before a page is reached, so this is what answers an address dressed up to slip past them
 * (and the few forms no path rule covers): a page saying to sign in. API paths keep the shared 401 problem.
 */
@Provider
@Priority(ProblemPages.BEFORE_SHARED)
public class NotSignedInPages implements ExceptionMapper<UnauthorizedException> {

    private static final ProblemMappers API_PROBLEMS = new ProblemMappers();

    private final ErrorPage page;
    private final UriInfo uri;

    public NotSignedInPages(ErrorPage page, UriInfo uri) {
        this.page = page;
        this.uri = uri;
    }

    @Override
    public Response toResponse(UnauthorizedException e) {
        if (MissingPages.isApi(uri.getPath())) {
            return API_PROBLEMS.unauthenticated(e, uri);
        }
        return ProblemPages.html(401, page.render(401, "Please sign in", "Sign in to open this page.", List.of(), false));
    }
}
