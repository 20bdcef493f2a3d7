package org.compactdpa.portal.clients;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The accounts service: vendor applications and their confirmation, invitations and their acceptance,
 * the people of an organisation and their roles. The three public calls (apply, confirm, accept) go out
 * without a token; the service limits them per browser address, which the portal forwards.
 */
@RegisterRestClient(configKey = "accounts")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AccountsClient {

    @POST
    @Path("/vendor-applications")
    Uni<Applied> apply(Application application);

    /** The token of the mailed link: makes the vendor (unverified) and the applicant's account. */
    @POST
    @Path("/vendor-applications/confirm")
    Uni<Confirmed> confirm(LinkToken token);

    /** The queue, oldest first; {@code status} null means every status. */
    @GET
    @Path("/vendor-applications")
    Uni<Page<VendorApplication>> applications(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/vendor-applications/{id}")
    Uni<VendorApplication> application(@PathParam("id") UUID application);

    @POST
    @Path("/vendor-applications/{id}/verification")
    Uni<VendorApplication> verify(@PathParam("id") UUID application, Verification verification);

    @POST
    @Path("/vendor-applications/{id}/refusal")
    Uni<VendorApplication> refuse(@PathParam("id") UUID application, Refusal refusal);

    @POST
    @Path("/invitations/accept")
    Uni<Accepted> accept(Acceptance acceptance);

    /** The people of the organisation the caller acts for. */
    @GET
    @Path("/people")
    Uni<Page<Person>> myPeople(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/organisations/{id}/people")
    Uni<Page<Person>> people(@PathParam("id") UUID organisation, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @PUT
    @Path("/organisations/{id}/people/{personId}/roles")
    Uni<Person> changeRoles(@PathParam("id") UUID organisation, @PathParam("personId") UUID person, RoleSet roles);

    @POST
    @Path("/organisations/{id}/people/{personId}/deactivate")
    Uni<Person> deactivate(@PathParam("id") UUID organisation, @PathParam("personId") UUID person,
            Map<String, Object> nothing);

    /** Newest first; {@code status} null means every status. */
    @GET
    @Path("/organisations/{id}/invitations")
    Uni<Page<Invitation>> invitations(@PathParam("id") UUID organisation, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/organisations/{id}/invitations")
    Uni<Invitation> invite(@PathParam("id") UUID organisation, NewInvitation invitation);

    /** A new link goes out; the old one stops working. */
    @POST
    @Path("/organisations/{id}/invitations/{invitationId}/resend")
    Uni<Invitation> resend(@PathParam("id") UUID organisation, @PathParam("invitationId") UUID invitation,
            Map<String, Object> nothing);

    @DELETE
    @Path("/organisations/{id}/invitations/{invitationId}")
    Uni<Invitation> revoke(@PathParam("id") UUID organisation, @PathParam("invitationId") UUID invitation);

    /** Values as the forms gave them: what is missing or malformed is the service's to refuse, by field. */
    record Application(String company, String legalName, String website, String contactFirstName,
            String contactLastName, String email, boolean authorityToSign) {
    }

    record Applied(UUID id, String status, String email, Instant linkExpiresAt) {
    }

    record LinkToken(String token) {
    }

    /** Whether Keycloak mailed the link to set a password: the account exists either way. */
    record Confirmed(UUID applicationId, String status, UUID vendorId, String email, List<String> roles,
            boolean passwordMailSent) {
    }

    record Acceptance(String token, String firstName, String lastName) {
    }

    /** {@code newAccount} false: the invitation was linked to an account the person already had. */
    record Accepted(UUID invitationId, String organisationType, UUID organisationId, List<String> roles,
            boolean newAccount, boolean passwordMailSent) {
    }

    /** Each item must be ticked; the note says what was checked and how. */
    record Verification(boolean companyIdentity, boolean signerAuthority, boolean breachContact, String note) {
    }

    record Refusal(String reason) {
    }

    /** Every role the person shall hold in the organisation. */
    record RoleSet(List<String> roles) {
    }

    /** {@code organisationType} only when the service cannot know the organisation otherwise. */
    record NewInvitation(String email, List<String> roles, String firstName, String lastName, String organisationType) {
    }
}
