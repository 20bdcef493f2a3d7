package org.compactdpa.portal.errors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.compactdpa.portal.pages.PageException;

/** What the portal itself refuses (not signed in, not this person's part of the portal), as a page. */
@Provider
@Priority(ProblemPages.BEFORE_SHARED)
public class RefusalPages implements ExceptionMapper<PageException> {

    private final ErrorPage page;

    public RefusalPages(ErrorPage page) {
        this.page = page;
    }

    @Override
    public Response toResponse(PageException e) {
        return ProblemPages.html(e.status(), page.render(e.status(), e.title(), e.getMessage(), List.of(), false));
    }
}
