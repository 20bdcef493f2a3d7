package org.compactdpa.accounts.applications;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/vendor-applications")
@Tag(name = "Vendor applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VendorApplicationResource {

    private final VendorApplicationService applications;
    private final ApplicationConfirmation confirmation;

    public VendorApplicationResource(VendorApplicationService applications, ApplicationConfirmation confirmation) {
        this.applications = applications;
        this.confirmation = confirmation;
    }

    @POST
    @PermitAll
    @Operation(summary = "Apply to register a vendor; a link to confirm the e-mail address is mailed to it")
    @APIResponse(responseCode = "201", description = "Applied; the mail is on its way")
    @APIResponse(responseCode = "429", description = "Too many applications from this address; Retry-After says when to try again")
    @APIResponse(responseCode = "503", description = "The mail could not be sent; nothing was saved")
    public Uni<Response> apply(@Valid @NotNull(message = "a JSON body is required") ApplicationInput input) {
        return applications.submit(input)
                .map(s -> Response.created(URI.create("/api/vendor-applications/" + s.id())).entity(s).build());
    }

    @POST
    @Path("/confirm")
    @PermitAll
    @Operation(summary = "Confirm an application with the token of the mailed link: registers the vendor"
            + " (unverified) and the applicant's account; Keycloak mails the link to set a password")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "404", description = "No link carries this token")
    @APIResponse(responseCode = "409", description = "The address already has an account of another organisation")
    @APIResponse(responseCode = "410", description = "The link was used already, expired, or its application was refused")
    public Uni<ConfirmationView> confirm(@Valid @NotNull(message = "a JSON body is required") ConfirmationInput input) {
        return confirmation.confirm(input);
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Vendor applications, oldest first, optionally with one status")
    @APIResponse(responseCode = "200", description = "A page of applications")
    public Uni<Page<ApplicationView>> list(@QueryParam("status") ApplicationStatus status,
            @Valid @BeanParam PageRequest page) {
        return applications.list(status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "One vendor application, with its decision")
    @APIResponse(responseCode = "200", description = "The application")
    public Uni<ApplicationView> get(@PathParam("id") UUID id) {
        return applications.read(id);
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Verify the vendor of a confirmed application against the checklist")
    @APIResponse(responseCode = "200", description = "Verified; the vendors service marks the vendor verified")
    @APIResponse(responseCode = "409", description = "Not confirmed yet, or decided already")
    @APIResponse(responseCode = "422", description = "An item of the checklist is not confirmed")
    public Uni<ApplicationView> verify(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") VerificationInput input) {
        return applications.verify(id, input);
    }

    @POST
    @Path("/{id}/refusal")
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Refuse an application, with the reason")
    @APIResponse(responseCode = "200", description = "Refused")
    @APIResponse(responseCode = "409", description = "Decided already")
    public Uni<ApplicationView> refuse(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") RefusalInput input) {
        return applications.refuse(id, input);
    }
}
