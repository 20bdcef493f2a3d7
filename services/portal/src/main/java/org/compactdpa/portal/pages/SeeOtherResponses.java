package org.compactdpa.portal.pages;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Answers a page's {@link SeeOther} with 303 and an absolute Location, so that what a submission does
 * next can be decided (and tested) without HTTP types. The Location starts with the configured
 * {@link PublicAddress}, never with the Host the request named.
 */
@Provider
public class SeeOtherResponses implements ContainerResponseFilter {

    /** Looked up per answer: filters are built while the application starts, before runtime config is read. */
    private final Instance<PublicAddress> address;

    public SeeOtherResponses(Instance<PublicAddress> address) {
        this.address = address;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof SeeOther next) {
            response.setStatus(303);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create(address.get().of(next.location())));
            response.setEntity(null);
        }
    }
}
