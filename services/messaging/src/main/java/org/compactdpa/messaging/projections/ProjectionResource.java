package org.compactdpa.messaging.projections;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.compactdpa.contracts.vocabulary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The read models this service builds from other services' events, and their rebuild from the topics. */
@Path("/api/admin/projections")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionResource {

    private final Projections projections;

    public ProjectionResource(Projections projections) {
        this.projections = projections;
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "The projections of this service: the topics they read, the tables they hold")
    @APIResponse(responseCode = "200", description = "The projections")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Only platform administrators may look")
    public List<ProjectionView> list() {
        return projections.list();
    }

    @POST
    @Path("/{name}/rebuild")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Rebuild a projection from its topics in one transaction; answers when it committed")
    @APIResponse(responseCode = "200", description = "What the rebuild did")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Only platform administrators may rebuild")
    @APIResponse(responseCode = "404", description = "No projection of this name")
    @APIResponse(responseCode = "409", description = "The projection is being rebuilt already")
    @APIResponse(responseCode = "503", description = "Kafka did not answer, or the rebuild took too long;"
            + " nothing changed")
    public Uni<RebuildReport> rebuild(@PathParam("name") String name) {
        return projections.rebuild(name);
    }
}
