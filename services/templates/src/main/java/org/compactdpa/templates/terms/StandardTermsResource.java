package org.compactdpa.templates.terms;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Terms without a negotiation: the path names the version they come from, the terms capability makes them. */
@Path("/api/templates/{id}/versions/{v}/terms")
@Tag(name = "Template versions")
@Produces(MediaType.APPLICATION_JSON)
public class StandardTermsResource {

    private final TermsService terms;

    public StandardTermsResource(TermsService terms) {
        this.terms = terms;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Issue a STANDARD terms package straight from the published version")
    @APIResponse(responseCode = "201", description = "The frozen terms")
    @APIResponse(responseCode = "409", description = "The version is not PUBLISHED")
    public Uni<Response> issue(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return terms.issueStandard(templateId, number)
                .map(t -> Response.created(URI.create("/api/terms/" + t.id())).entity(t).build());
    }
}
