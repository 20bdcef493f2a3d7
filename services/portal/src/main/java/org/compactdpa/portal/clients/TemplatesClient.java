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
 * The templates service: templates and their versions, comments on versions, negotiations, and the
 * terms packages agreements are made from. Diffs, redlines and comments are only displayed.
 * Actions without fields send an empty JSON object.
 */
@RegisterRestClient(configKey = "templates")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TemplatesClient {

    /** One consortium's templates, or (null) every template the caller may see. */
    @GET
    @Path("/templates")
    Uni<Page<TemplateSummary>> templates(@QueryParam("consortiumId") UUID consortium, @QueryParam("size") int size);

    @GET
    @Path("/templates/{id}")
    Uni<TemplateSummary> template(@PathParam("id") UUID template);

    @GET
    @Path("/templates/{id}/versions")
    Uni<List<Version>> versions(@PathParam("id") UUID template);

    @GET
    @Path("/templates/{id}/versions/{v}")
    Uni<Version> version(@PathParam("id") UUID template, @PathParam("v") int version);

    @GET
    @Path("/templates/{id}/versions/{a}/diff/{b}")
    Uni<Map<String, Object>> diff(@PathParam("id") UUID template, @PathParam("a") int from, @PathParam("b") int to);

    /** Opens the comment period, publishes or retires a version ({@code comment-period}, {@code publish}, {@code retire}). */
    @POST
    @Path("/templates/{id}/versions/{v}/{step}")
    Uni<Void> step(@PathParam("id") UUID template, @PathParam("v") int version, @PathParam("step") String step,
            Map<String, Object> nothing);

    /** Freezes STANDARD terms from a published version; they reach signatures by event, a moment later. */
    @POST
    @Path("/templates/{id}/versions/{v}/terms")
    Uni<Created> issueStandardTerms(@PathParam("id") UUID template, @PathParam("v") int version,
            Map<String, Object> nothing);

    @GET
    @Path("/templates/{id}/versions/{v}/comments")
    Uni<List<Map<String, Object>>> comments(@PathParam("id") UUID template, @PathParam("v") int version);

    @POST
    @Path("/templates/{id}/versions/{v}/comments")
    Uni<Void> comment(@PathParam("id") UUID template, @PathParam("v") int version, VersionComment comment);

    @POST
    @Path("/templates/{id}/versions/{v}/comments/{commentId}/resolve")
    Uni<Void> resolveComment(@PathParam("id") UUID template, @PathParam("v") int version,
            @PathParam("commentId") UUID comment, Map<String, Object> nothing);

    @GET
    @Path("/negotiations")
    Uni<Page<Map<String, Object>>> negotiations(@QueryParam("size") int size);

    @POST
    @Path("/negotiations")
    Uni<Created> open(NewNegotiation negotiation);

    @GET
    @Path("/negotiations/{id}")
    Uni<NegotiationRecord> negotiation(@PathParam("id") UUID negotiation);

    @GET
    @Path("/negotiations/{id}/redline")
    Uni<Map<String, Object>> redline(@PathParam("id") UUID negotiation);

    @POST
    @Path("/negotiations/{id}/proposals")
    Uni<Void> propose(@PathParam("id") UUID negotiation, NewProposal proposal);

    /** Accepts or rejects the other side's proposal ({@code accept}, {@code reject}). */
    @POST
    @Path("/negotiations/{id}/proposals/{pid}/{decision}")
    Uni<Void> decide(@PathParam("id") UUID negotiation, @PathParam("pid") UUID proposal,
            @PathParam("decision") String decision, Map<String, Object> nothing);

    @POST
    @Path("/negotiations/{id}/proposals/{pid}/counter")
    Uni<Void> counter(@PathParam("id") UUID negotiation, @PathParam("pid") UUID proposal, Counter counter);

    @POST
    @Path("/negotiations/{id}/comments")
    Uni<Void> comment(@PathParam("id") UUID negotiation, NegotiationComment comment);

    @POST
    @Path("/negotiations/{id}/agree")
    Uni<Void> agree(@PathParam("id") UUID negotiation, Map<String, Object> nothing);

    /** Values as the forms gave them: a malformed one is the service's to refuse, by field. */
    record NewNegotiation(String templateId, String version, String vendorId, List<String> productIds) {
    }

    record NewProposal(String clauseKey, String kind, String title, String text, String rationale) {
    }

    record Counter(String text, String rationale) {
    }

    record NegotiationComment(String text, String proposalId) {
    }

    record VersionComment(String clauseKey, String text, String replyTo) {
    }
}
