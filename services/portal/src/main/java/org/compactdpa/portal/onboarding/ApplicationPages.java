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
import java.util.List;
import java.util.Map;
import org.compactdpa.portal.clients.AccountsClient;
import org.compactdpa.portal.clients.AccountsClient.Application;
import org.compactdpa.portal.clients.AccountsClient.LinkToken;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.PageException;
import org.compactdpa.portal.pages.Submission;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A company registers itself, without an account: it applies, the accounts service mails a link to
 * the address given, and the link's page confirms the application with a button. Confirming is a POST
 * because mail scanners open every link in a mail: a GET must change nothing. Confirmed, the vendor
 * exists (unverified until a coordinator checks it) and Keycloak mails the applicant a link to choose
 * a password.
 */
@Path("/vendor-applications")
@Tag(name = "Public pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ApplicationPages {

    static final String APPLY_AGAIN = "If your application was not confirmed in time, apply again from"
            + " \"Register your company\"; if you confirmed it already, sign in.";
    private static final List<String> FIELDS = List.of("company", "legalName", "website", "contactFirstName",
            "contactLastName", "email");

    private final AccountsClient accounts;
    private final Template apply;
    private final Template applied;
    private final Template confirmApplication;
    private final Template applicationConfirmed;

    public ApplicationPages(@RestClient AccountsClient accounts, Template apply, Template applied,
            Template confirmApplication, Template applicationConfirmed) {
        this.accounts = accounts;
        this.apply = apply;
        this.applied = applied;
        this.confirmApplication = confirmApplication;
        this.applicationConfirmed = applicationConfirmed;
    }

    @GET
    @Path("/new")
    @PermitAll
    @Operation(summary = "The form a company registers itself with")
    public TemplateInstance form() {
        return apply.data("form", Map.of()).data("problem", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    @Operation(summary = "Apply: the accounts service mails a link to confirm the e-mail address")
    public Object submit(MultivaluedMap<String, String> form) {
        Application application = new Application(Forms.text(form, "company"), Forms.text(form, "legalName"),
                Forms.text(form, "website"), Forms.text(form, "contactFirstName"), Forms.text(form, "contactLastName"),
                Forms.text(form, "email"), Forms.ticked(form, "authorityToSign"));
        return Submission.of(accounts.apply(application), "/vendor-applications/sent",
                e -> apply.data("form", typed(form)).data("problem", e));
    }

    @GET
    @Path("/sent")
    @PermitAll
    @Operation(summary = "Says to follow the link in the mail")
    public TemplateInstance sent() {
        return applied.instance();
    }

    @GET
    @Path("/confirm")
    @PermitAll
    @Operation(summary = "The mailed link's page: a button confirms the application (opening it changes nothing)")
    public TemplateInstance confirmPage(@QueryParam("token") String token) {
        return confirmApplication.data("token", MailedLinks.token(token, APPLY_AGAIN)).data("problem", null);
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    @Operation(summary = "Confirm the application: registers the company, unverified, and the applicant's account")
    public Object confirm(MultivaluedMap<String, String> form) {
        String token = MailedLinks.token(Forms.text(form, "token"), APPLY_AGAIN);
        return Submission.of(accounts.confirm(new LinkToken(token)),
                confirmed -> "/vendor-applications/confirmed?mail=" + (confirmed.passwordMailSent() ? "sent" : "unsent"),
                e -> refused(e, token));
    }

    @GET
    @Path("/confirmed")
    @PermitAll
    @Operation(summary = "Says the company is registered, unverified, and how to set the password")
    public TemplateInstance confirmed(@QueryParam("mail") String mail) {
        return applicationConfirmed.data("mailSent", !"unsent".equals(mail));
    }

    /** A link that does not work is an error page; anything else is said above the button. */
    private TemplateInstance refused(ServiceProblem problem, String token) {
        PageException link = MailedLinks.linkRefusal(problem, APPLY_AGAIN);
        if (link != null) {
            throw link;
        }
        return confirmApplication.data("token", token).data("problem", problem);
    }

    /** The form as typed, to show it again above the service's refusal. */
    private static Map<String, Object> typed(MultivaluedMap<String, String> form) {
        Map<String, Object> values = new HashMap<>();
        for (String field : FIELDS) {
            String value = Forms.text(form, field);
            if (value != null) {
                values.put(field, value);
            }
        }
        values.put("authorityToSign", Forms.ticked(form, "authorityToSign"));
        return values;
    }
}
