package org.compactdpa.signatures.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.service.DistrictDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shows operators what this service has learned about districts from events (projection health). */
@Path("/api/admin/directory/districts")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    private final DistrictDirectory directory;

    public DirectoryResource(DistrictDirectory directory) {
        this.directory = directory;
    }

    public record KnownDistrictView(UUID id, String name, String state, String ncesId, List<UUID> consortia,
            Instant updatedAt) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "A district as signatures knows it from the districts service's events")
    @APIResponse(responseCode = "200", description = "The district and its consortia")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Only coordinators and platform admins may look")
    @APIResponse(responseCode = "404", description = "No event about this district has arrived")
    public Uni<KnownDistrictView> get(@PathParam("id") UUID id) {
        return directory.find(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Known district", id))
                .flatMap(d -> directory.consortiaOf(id).map(consortia -> new KnownDistrictView(d.id, d.name, d.state,
                        d.ncesId, consortia, d.updatedAt)));
    }
}
