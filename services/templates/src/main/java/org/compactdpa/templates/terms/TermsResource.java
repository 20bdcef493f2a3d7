package org.compactdpa.templates.terms;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Frozen terms are public: they are what districts sign onto. */
@Path("/api/terms")
@Tag(name = "Terms")
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

    private final TermsService terms;

    public TermsResource(TermsService terms) {
        this.terms = terms;
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Frozen terms: text, content hash, classification, whether a general offer may carry them")
    @APIResponse(responseCode = "200", description = "The terms")
    public Uni<TermsView> get(@PathParam("id") UUID id) {
        return terms.find(id);
    }
}
