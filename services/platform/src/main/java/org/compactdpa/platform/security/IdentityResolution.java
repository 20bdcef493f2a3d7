package org.compactdpa.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Resolves the caller's identity without blocking before a resource runs. Authentication is lazy
 * (so that its failures reach the problem+json mappers), and a public endpoint that still wants to
 * know who is asking, say to show contacts to signed-in users only, could otherwise not read the
 * identity on the event loop.
 */
public class IdentityResolution {

    private final CurrentIdentityAssociation association;

    public IdentityResolution(CurrentIdentityAssociation association) {
        this.association = association;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> resolve() {
        return association.getDeferredIdentity().invoke(association::setIdentity).replaceWithVoid();
    }
}
