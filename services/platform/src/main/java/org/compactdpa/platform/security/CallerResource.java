package org.compactdpa.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells a signed-in user who the service takes them for; every service serves it. */
@Path("/api/me")
@Tag(name = "Caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

    private final Caller caller;

    public CallerResource(Caller caller) {
        this.caller = caller;
    }

    public record Me(String subject, String username, String name, String email, Set<String> roles,
            OrganisationType organisationType, UUID organisationId) {
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "The authenticated caller, roles and the organisation they act for")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    public Me me() {
        return new Me(caller.subject(), caller.username(), caller.displayName(), caller.email(),
                new TreeSet<>(caller.roles()), caller.organisationType().orElse(null),
                caller.organisationId().orElse(null));
    }
}
