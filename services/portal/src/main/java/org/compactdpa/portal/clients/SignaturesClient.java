package org.compactdpa.portal.clients;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The signatures service: the public registry and offers, preparing, reviewing and signing
 * agreements, adoptions, evidence and verification. Documents, evidence trails and verdicts are only
 * displayed, so they stay as the service wrote them.
 */
@RegisterRestClient(configKey = "signatures")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SignaturesClient {

    @GET
    @Path("/registry/agreements")
    Uni<Page<Agreement>> search(@QueryParam("q") String text, @QueryParam("state") String state,
            @QueryParam("status") String status, @QueryParam("dataElement") String dataElement,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/registry/agreements")
    Uni<Page<Agreement>> agreementsOfDistrict(@QueryParam("districtId") UUID district, @QueryParam("size") int size);

    @GET
    @Path("/registry/agreements")
    Uni<Page<Agreement>> agreementsOfVendor(@QueryParam("vendorId") UUID vendor, @QueryParam("size") int size);

    @GET
    @Path("/registry/agreements/{id}")
    Uni<Agreement> publicRecord(@PathParam("id") UUID agreement);

    /** Open general offers, of one state when given; {@code page} null means the first. */
    @GET
    @Path("/offers")
    Uni<Page<Agreement>> offers(@QueryParam("state") String state, @QueryParam("page") Integer page,
            @QueryParam("size") int size);

    @GET
    @Path("/offers/{id}/exhibit-e")
    Uni<Map<String, Object>> exhibitE(@PathParam("id") UUID offer);

    @POST
    @Path("/offers/{id}/adoptions")
    Uni<Created> adopt(@PathParam("id") UUID offer, Signature signature);

    /** Answers 422 naming {@code termsId} while the terms have not reached signatures yet. */
    @POST
    @Path("/agreements")
    Uni<Created> prepare(NewAgreement agreement);

    @GET
    @Path("/agreements/{id}")
    Uni<Agreement> agreement(@PathParam("id") UUID agreement);

    /** The exact text to sign and its hash; reading it is recorded in the evidence trail. */
    @GET
    @Path("/agreements/{id}/document")
    Uni<Map<String, Object>> document(@PathParam("id") UUID agreement);

    @GET
    @Path("/agreements/{id}/evidence")
    Uni<Map<String, Object>> evidence(@PathParam("id") UUID agreement);

    @GET
    @Path("/agreements/{id}/evidence/verify")
    Uni<Map<String, Object>> checkEvidence(@PathParam("id") UUID agreement);

    @POST
    @Path("/agreements/{id}/signatures")
    Uni<Void> sign(@PathParam("id") UUID agreement, Signature signature);

    @POST
    @Path("/agreements/{id}/decline")
    Uni<Void> decline(@PathParam("id") UUID agreement, Decline decline);

    @GET
    @Path("/agreements/{id}/document.pdf")
    @Produces("application/pdf")
    Uni<byte[]> sealedPdf(@PathParam("id") UUID agreement);

    @POST
    @Path("/verify")
    Uni<Map<String, Object>> verifyHash(HashCheck check);

    @POST
    @Path("/verify")
    @Consumes("application/pdf")
    Uni<Map<String, Object>> verifyPdf(byte[] pdf);

    /** Ids as the form gave them: a malformed one is the service's to refuse, by field. */
    record NewAgreement(UUID termsId, String districtId, List<String> productIds, boolean generalOffer) {
    }

    /** Intent, consent, and the hash of the text that was on screen. */
    record Signature(boolean intent, boolean consentToElectronicRecords, String documentSha256) {
    }

    record Decline(String reason) {
    }

    record HashCheck(String sha256) {
    }
}
