package org.compactdpa.portal.negotiation;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.Created;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.TemplatesClient;
import org.compactdpa.portal.clients.TemplatesClient.Counter;
import org.compactdpa.portal.clients.TemplatesClient.NegotiationComment;
import org.compactdpa.portal.clients.TemplatesClient.NewNegotiation;
import org.compactdpa.portal.clients.TemplatesClient.NewProposal;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.PageException;
import org.compactdpa.portal.pages.SeeOther;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Negotiating one agreement between a consortium's coordinators and a vendor: proposals per clause
 * with their rationale, the other side's accept, reject or counter, comments, the redline against
 * the standard, and each side's final agreement.
 */
@Path("/negotiations")
@Tag(name = "Negotiation pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class NegotiationPages {

    private static final Set<String> DECISIONS = Set.of("accept", "reject");

    private final TemplatesClient templates;
    private final Viewer viewer;
    private final Template negotiation;

    public NegotiationPages(@RestClient TemplatesClient templates, Viewer viewer, Template negotiation) {
        this.templates = templates;
        this.viewer = viewer;
        this.negotiation = negotiation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.COORDINATOR})
    @Operation(summary = "Open a negotiation on a published version for the vendor's products")
    public Object open(MultivaluedMap<String, String> form) {
        viewer.require(viewer.isVendor() || viewer.isCoordinator(), "open negotiations");
        String[] source = String.valueOf(Forms.text(form, "version")).split("/", 2);
        String vendor = viewer.isVendor() ? String.valueOf(viewer.getOrganisationId()) : Forms.text(form, "vendorId");
        Created opened = Answers.await(templates.open(new NewNegotiation(source[0], source.length > 1 ? source[1] : null,
                vendor, Forms.all(form, "productIds"))));
        return new SeeOther("/negotiations/" + opened.id());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.COORDINATOR})
    @Operation(summary = "The negotiation: proposals, comments, redline and what you can do next")
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, done, null);
    }

    @POST
    @Path("/{id}/proposals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.COORDINATOR})
    @Operation(summary = "Propose a change to a clause")
    public Object propose(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        NewProposal proposal = new NewProposal(Forms.text(form, "clauseKey"), Forms.text(form, "kind"),
                Forms.text(form, "title"), Forms.text(form, "text"), Forms.text(form, "rationale"));
        return act(id, "proposed", templates.propose(id, proposal));
    }

    @POST
    @Path("/{id}/proposals/{pid}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.COORDINATOR})
    @Operation(summary = "Accept or reject the other side's proposal")
    public Object decide(@PathParam("id") UUID id, @PathParam("pid") UUID proposal, @PathParam("decision") String decision) {
        if (!DECISIONS.contains(decision)) {
            throw new PageException(404, "No such decision", "A proposal is accepted, rejected or countered.");
        }
        return act(id, decision + "ed", templates.decide(id, proposal, decision, Map.of()));
    }

    @POST
    @Path("/{id}/proposals/{pid}/counter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.COORDINATOR})
    @Operation(summary = "Answer a proposal with different text")
    public Object counter(@PathParam("id") UUID id, @PathParam("pid") UUID proposal, MultivaluedMap<String, String> form) {
        Counter counter = new Counter(Forms.text(form, "text"), Forms.text(form, "rationale"));
        return act(id, "countered", templates.counter(id, proposal, counter));
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.COORDINATOR})
    @Operation(summary = "Say something in the negotiation's thread")
    public Object comment(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        NegotiationComment comment = new NegotiationComment(Forms.text(form, "text"), Forms.text(form, "proposalId"));
        return act(id, "commented", templates.comment(id, comment));
    }

    @POST
    @Path("/{id}/agree")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.COORDINATOR})
    @Operation(summary = "Agree to the terms as they stand; when both sides have, they freeze")
    public Object agree(@PathParam("id") UUID id) {
        return act(id, "agreed", templates.agree(id, Map.of()));
    }

    private Object act(UUID id, String done, Uni<Void> call) {
        viewer.require(viewer.isVendor() || viewer.isCoordinator(), "negotiate");
        return Submission.of(call, "/negotiations/" + id + "?done=" + done, e -> page(id, null, e));
    }

    private TemplateInstance page(UUID id, String done, ServiceProblem problem) {
        viewer.require(viewer.isVendor() || viewer.isCoordinator(), "negotiate");
        String side = viewer.isCoordinator() ? "CONSORTIUM" : "VENDOR";
        return Answers.await(Uni.combine().all().unis(templates.negotiation(id), templates.redline(id))
                        .with((record, redline) -> negotiation.data("n", record.negotiation())
                                .data("proposals", record.proposals()).data("comments", record.comments())
                                .data("redline", redline)))
                .data("side", side).data("done", done).data("problem", problem);
    }
}
