package org.compactdpa.portal.onboarding;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import org.compactdpa.portal.clients.AccountsClient;
import org.compactdpa.portal.clients.AccountsClient.Acceptance;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.PageException;
import org.compactdpa.portal.pages.Submission;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The page an invitation's mailed link leads to: the person may give their name and accepts with a
 * button (a POST: opening the link changes nothing). Accepting creates their account, and Keycloak
 * mails a link to choose a password, or links the invitation to the account they already have.
 */
@Path("/invitations")
@Tag(name = "Public pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class InvitationAcceptancePages {

    static final String ASK_AGAIN = "Ask whoever invited you to send the invitation again; if you accepted it already,"
            + " sign in.";

    private final AccountsClient accounts;
    private final Template acceptInvitation;
    private final Template invitationAccepted;

    public InvitationAcceptancePages(@RestClient AccountsClient accounts, Template acceptInvitation,
            Template invitationAccepted) {
        this.accounts = accounts;
        this.acceptInvitation = acceptInvitation;
        this.invitationAccepted = invitationAccepted;
    }

    @GET
    @Path("/accept")
    @PermitAll
    @Operation(summary = "The mailed link's page: optional names and a button that accepts (opening it changes nothing)")
    public TemplateInstance acceptPage(@QueryParam("token") String token) {
        return acceptInvitation.data("token", MailedLinks.token(token, ASK_AGAIN)).data("form", Map.of())
                .data("problem", null);
    }

    @POST
    @Path("/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    @Operation(summary = "Accept the invitation: creates the account, or links it to the one the person has")
    public Object accept(MultivaluedMap<String, String> form) {
        String token = MailedLinks.token(Forms.text(form, "token"), ASK_AGAIN);
        Acceptance acceptance = new Acceptance(token, Forms.text(form, "firstName"), Forms.text(form, "lastName"));
        return Submission.of(accounts.accept(acceptance),
                accepted -> "/invitations/accepted?account=" + (accepted.newAccount() ? "new" : "existing")
                        + "&mail=" + (accepted.passwordMailSent() ? "sent" : "unsent"),
                e -> refused(e, token, form));
    }

    @GET
    @Path("/accepted")
    @PermitAll
    @Operation(summary = "Says the account is ready, and how to set its password or sign in")
    public TemplateInstance accepted(@QueryParam("account") String account, @QueryParam("mail") String mail) {
        return invitationAccepted.data("newAccount", !"existing".equals(account)).data("mailSent", !"unsent".equals(mail));
    }

    /** A link that does not work is an error page; anything else (a name, say) is said above the form. */
    private TemplateInstance refused(ServiceProblem problem, String token, MultivaluedMap<String, String> form) {
        PageException link = MailedLinks.linkRefusal(problem, ASK_AGAIN);
        if (link != null) {
            throw link;
        }
        Map<String, Object> typed = new HashMap<>();
        for (String field : new String[] {"firstName", "lastName"}) {
            String value = Forms.text(form, field);
            if (value != null) {
                typed.put(field, value);
            }
        }
        return acceptInvitation.data("token", token).data("form", typed).data("problem", problem);
    }
}
