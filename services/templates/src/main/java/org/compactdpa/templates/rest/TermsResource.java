package org.compactdpa.templates.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.templates.domain.TermsPackage;
import org.compactdpa.templates.rest.api.TermsView;
import org.compactdpa.templates.service.ContentCodec;
import org.compactdpa.templates.service.TermsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Frozen terms are public: they are what districts sign onto. */
@Path("/api/terms")
@Tag(name = "Terms")
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

    private final TermsService terms;
    private final ContentCodec codec;

    public TermsResource(TermsService terms, ContentCodec codec) {
        this.terms = terms;
        this.codec = codec;
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Frozen terms: text, content hash, classification, whether a general offer may carry them")
    @APIResponse(responseCode = "200", description = "The terms")
    @APIResponse(responseCode = "404", description = "No such terms")
    public Uni<TermsView> get(@PathParam("id") UUID id) {
        return terms.find(id).map(p -> view(p, codec));
    }

    static TermsView view(TermsPackage p, ContentCodec codec) {
        return new TermsView(p.id, p.templateId, p.versionId, p.negotiationId, p.consortiumId, p.vendorId, p.state,
                p.classification, p.generalOfferEligible, p.contentHash, p.text, codec.read(p.content), p.createdAt);
    }
}
