package org.compactdpa.portal.errors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Gives a page to a refusal that came without one: the CSRF check answers a form whose token is
 * missing, stale or forged with a bare 400, which a browser shows as an empty screen. API paths are
 * left as they are.
 */
@Provider
public class EmptyErrorPages implements ContainerResponseFilter {

    private final ErrorPage page;

    public EmptyErrorPages(ErrorPage page) {
        this.page = page;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity() || MissingPages.isApi(request.getUriInfo().getPath())) {
            return;
        }
        // Bare: a refusal may come before anyone asked who is signed in, and this may run on the event loop.
        response.setEntity(page.render(status, ErrorTexts.title(status), ErrorTexts.detail(status), List.of(), true),
                null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
