package org.compactdpa.signatures.directory;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shows operators what this service has learned about districts from events (projection health). */
@Path("/api/admin/directory/districts")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    private final DistrictProjection districts;

    public DirectoryResource(DistrictProjection districts) {
        this.districts = districts;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "A district as signatures knows it from the districts service's events")
    @APIResponse(responseCode = "200", description = "The district and its consortia")
    @APIResponse(responseCode = "404", description = "No event about this district has arrived")
    public Uni<KnownDistrictView> get(@PathParam("id") UUID id) {
        return districts.view(id);
    }
}
