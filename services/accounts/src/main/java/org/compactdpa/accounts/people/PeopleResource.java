package org.compactdpa.accounts.people;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.PLATFORM_ADMIN})
public class PeopleResource {

    private final PeopleService people;

    public PeopleResource(PeopleService people) {
        this.people = people;
    }

    @GET
    @Path("/people")
    @Operation(summary = "The people of the organisation the caller acts for and administers, with their roles")
    @APIResponse(responseCode = "200", description = "A page of people")
    public Uni<Page<PersonView>> mine(@Valid @BeanParam PageRequest page) {
        return people.mine(page);
    }

    @GET
    @Path("/organisations/{organisationId}/people")
    @Operation(summary = "The people of an organisation the caller administers, with their roles")
    @APIResponse(responseCode = "200", description = "A page of people")
    @APIResponse(responseCode = "403", description = "The caller does not administer this organisation")
    public Uni<Page<PersonView>> of(@PathParam("organisationId") UUID organisationId, @Valid @BeanParam PageRequest page) {
        return people.of(organisationId, page);
    }

    @PUT
    @Path("/organisations/{organisationId}/people/{personId}/roles")
    @Operation(summary = "Set the person's roles in the organisation; each role added or removed must be one the caller may grant")
    @APIResponse(responseCode = "200", description = "The person with the new roles")
    @APIResponse(responseCode = "403", description = "A role the caller may not grant")
    @APIResponse(responseCode = "409", description = "The change would leave the organisation without an administrator")
    public Uni<PersonView> changeRoles(@PathParam("organisationId") UUID organisationId,
            @PathParam("personId") UUID personId, @Valid @NotNull(message = "a JSON body is required") RolesInput input) {
        return people.changeRoles(organisationId, personId, input);
    }

    @POST
    @Path("/organisations/{organisationId}/people/{personId}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Deactivate the person: the account is disabled in Keycloak and its sessions end")
    @APIResponse(responseCode = "200", description = "Deactivated")
    @APIResponse(responseCode = "409", description = "Deactivated already, or the organisation's last administrator")
    public Uni<PersonView> deactivate(@PathParam("organisationId") UUID organisationId,
            @PathParam("personId") UUID personId) {
        return people.deactivate(organisationId, personId);
    }
}
