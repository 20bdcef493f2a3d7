package org.compactdpa.portal.pages;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a page's {@link SeeOther} with 303 and an absolute Location, so that what a submission does
 * next can be decided (and tested) without HTTP types.
 */
@Provider
public class SeeOtherResponses implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof SeeOther next) {
            response.setStatus(303);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, request.getUriInfo().getBaseUri().resolve(next.location()));
            response.setEntity(null);
        }
    }
}
