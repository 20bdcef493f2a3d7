package org.compactdpa.accounts.invitations;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/invitations/accept")
@Tag(name = "Invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AcceptanceResource {

    private final InvitationAcceptance acceptance;

    public AcceptanceResource(InvitationAcceptance acceptance) {
        this.acceptance = acceptance;
    }

    @POST
    @PermitAll
    @Operation(summary = "Accept an invitation with the token of the mailed link: creates or links the account;"
            + " a new account's password is set through Keycloak's own mail")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "404", description = "No link carries this token (or a newer one replaced it)")
    @APIResponse(responseCode = "409", description = "The address has an account of another organisation")
    @APIResponse(responseCode = "410", description = "The link was used already, withdrawn, or expired")
    @APIResponse(responseCode = "422", description = "A new account needs a first and a last name")
    public Uni<AcceptanceView> accept(@Valid @NotNull(message = "a JSON body is required") AcceptanceInput input) {
        return acceptance.accept(input);
    }
}
