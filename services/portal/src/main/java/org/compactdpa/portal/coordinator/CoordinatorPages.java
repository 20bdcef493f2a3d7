package org.compactdpa.portal.coordinator;

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
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.DistrictsClient;
import org.compactdpa.portal.clients.DistrictsClient.NewMember;
import org.compactdpa.portal.clients.DistrictsClient.Resolution;
import org.compactdpa.portal.clients.VendorsClient;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A coordinator's work for their consortium: member districts, the app-request queue, verifying
 * vendors and preparing agreements. Templates have their own pages ({@link TemplatePages}).
 */
@Path("/coordinator")
@Tag(name = "Coordinator pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class CoordinatorPages {

    private final DistrictsClient districts;
    private final VendorsClient vendors;
    private final Viewer viewer;
    private final CoordinatorHome home;
    private final AgreementPreparation preparation;

    public CoordinatorPages(@RestClient DistrictsClient districts, @RestClient VendorsClient vendors, Viewer viewer,
            CoordinatorHome home, AgreementPreparation preparation) {
        this.districts = districts;
        this.vendors = vendors;
        this.viewer = viewer;
        this.home = home;
        this.preparation = preparation;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Members, templates, negotiations, the app-request queue, and preparing an agreement")
    public TemplateInstance home(@QueryParam("done") String done) {
        return home.page(done, null, PrepareForm.blank(), false);
    }

    @POST
    @Path("/app-requests/{id}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Answer a district's app request")
    public Object resolve(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isCoordinator(), "answer app requests");
        Resolution resolution = new Resolution(Forms.text(form, "outcome"), Forms.text(form, "note"));
        return act("resolved", districts.resolve(id, resolution));
    }

    @POST
    @Path("/vendors/{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Verify a registered vendor, so agreements can be offered to it")
    public Object verify(@PathParam("id") UUID vendor) {
        viewer.require(viewer.isCoordinator(), "verify vendors");
        return act("verified", vendors.verify(vendor, Map.of()));
    }

    @POST
    @Path("/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Add a registered district to the consortium")
    public Object addMember(MultivaluedMap<String, String> form) {
        UUID consortium = viewer.require(viewer.isCoordinator(), "add member districts");
        return act("member-added", districts.addMember(consortium, new NewMember(Forms.text(form, "districtId"))));
    }

    @POST
    @Path("/agreements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Prepare an agreement from a published version's standard terms, for the vendor to sign first")
    public Object prepare(MultivaluedMap<String, String> form) {
        viewer.require(viewer.isCoordinator(), "prepare agreements");
        return preparation.prepare(PrepareForm.read(form));
    }

    private Object act(String done, Uni<Void> call) {
        return Submission.of(call, "/coordinator?done=" + done, e -> home.page(null, e, PrepareForm.blank(), false));
    }
}
