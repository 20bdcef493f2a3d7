package org.compactdpa.portal.people;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.AccountsClient;
import org.compactdpa.portal.clients.AccountsClient.NewInvitation;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.Invitation;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Paging;
import org.compactdpa.portal.pages.SeeOther;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * An organisation's invitations, for its administrators: the list by status, inviting someone with
 * the roles one may grant, sending an invitation again (a new link; the old one stops working) and
 * revoking it. The accounts service mails the links; the portal never sees them.
 */
@Path("/people/invitations")
@Tag(name = "People pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class InvitationPages {

    static final int PAGE_SIZE = 50;
    /** What the status filter offers; blank is every status. */
    static final List<String> STATUSES = List.of("PENDING", "EXPIRED", "ACCEPTED", "REVOKED");
    /** The invitation form before anything was typed. */
    private static final Map<String, Object> BLANK = Map.of("roles", List.of());

    private final AccountsClient accounts;
    private final AdministeredOrganisations organisations;
    private final Viewer viewer;
    private final Template invitations;

    public InvitationPages(@RestClient AccountsClient accounts, AdministeredOrganisations organisations, Viewer viewer,
            Template invitations) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.viewer = viewer;
        this.invitations = invitations;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "The organisation's invitations, by status, and the form to invite someone")
    public Object list(@QueryParam("organisation") String organisation, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done) {
        Administered chosen = organisations.chosen(organisation);
        if (chosen == null) {
            return new SeeOther("/people"); // where a platform administrator chooses the organisation
        }
        return page(chosen, status, Math.max(page, 0), done, BLANK, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Invite someone to the organisation with roles you may grant; the link is mailed to them")
    public Object invite(MultivaluedMap<String, String> form) {
        Administered organisation = organisations.named(Forms.text(form, "organisation"));
        List<String> roles = Forms.all(form, "roles").stream().distinct().toList();
        NewInvitation invitation = new NewInvitation(Forms.text(form, "email"), roles, Forms.text(form, "firstName"),
                Forms.text(form, "lastName"), Forms.text(form, "organisationType"));
        return Submission.of(accounts.invite(organisation.id(), invitation), next(organisation, "invited"),
                e -> page(organisation, null, 0, null, typed(form, roles), e));
    }

    @POST
    @Path("/{invitationId}/resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Send the invitation again with a new link; the old link stops working")
    public Object resend(@PathParam("invitationId") UUID invitation, MultivaluedMap<String, String> form) {
        Administered organisation = organisations.named(Forms.text(form, "organisation"));
        return Submission.of(accounts.resend(organisation.id(), invitation, Map.of()), next(organisation, "resent"),
                e -> page(organisation, null, 0, null, BLANK, e));
    }

    @POST
    @Path("/{invitationId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Revoke the invitation; its link stops working")
    public Object revoke(@PathParam("invitationId") UUID invitation, MultivaluedMap<String, String> form) {
        Administered organisation = organisations.named(Forms.text(form, "organisation"));
        return Submission.of(accounts.revoke(organisation.id(), invitation), next(organisation, "revoked"),
                e -> page(organisation, null, 0, null, BLANK, e));
    }

    private TemplateInstance page(Administered chosen, String status, int page, String done, Map<String, Object> form,
            ServiceProblem problem) {
        String filter = status != null && STATUSES.contains(status) ? status : null;
        Page<Invitation> results = Answers.await(accounts.invitations(chosen.id(), filter, page, PAGE_SIZE));
        Administered organisation = organisations.withKind(chosen,
                results.items().stream().map(Invitation::organisationType).filter(t -> t != null).findFirst().orElse(null));
        // A platform administrator inviting into an organisation nobody has been invited to yet says its kind.
        boolean askKind = organisation.kind() == null && viewer.isPlatformAdmin();
        return invitations.data("organisation", organisation).data("results", results).data("status", filter)
                .data("statuses", STATUSES).data("askKind", askKind).data("kinds", GrantableRoles.KINDS)
                .data("inviteRoles", askKind ? everyRole() : organisation.grantable())
                .data("paging", Paging.of(results, "/people/invitations", "organisation", organisation.formValue(),
                        "status", filter))
                .data("form", form).data("done", done).data("problem", problem);
    }

    private static List<String> everyRole() {
        return GrantableRoles.KINDS.stream().flatMap(kind -> GrantableRoles.fitting(kind).stream()).toList();
    }

    /** The invitation form as typed, to show it again above the service's refusal. */
    private static Map<String, Object> typed(MultivaluedMap<String, String> form, List<String> roles) {
        Map<String, Object> values = new HashMap<>();
        for (String field : List.of("email", "firstName", "lastName", "organisationType")) {
            String value = Forms.text(form, field);
            if (value != null) {
                values.put(field, value);
            }
        }
        values.put("roles", roles);
        return values;
    }

    private static String next(Administered organisation, String done) {
        String path = organisation.invitationsPath();
        return path + (path.contains("?") ? "&" : "?") + "done=" + done;
    }
}
