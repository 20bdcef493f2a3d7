package org.compactdpa.districts.consortia;

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

@Path("/api/consortia")
@Tag(name = "Consortia")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsortiumResource {

    private static final String UNKNOWN = "No such consortium (field consortiumId)";
    private static final String OTHER_CONSORTIUM = "A coordinator of another consortium (whether or not it exists)";

    private final ConsortiumService consortia;
    private final MembershipService memberships;

    public ConsortiumResource(ConsortiumService consortia, MembershipService memberships) {
        this.consortia = consortia;
        this.memberships = memberships;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Create a consortium (a coordinator creates the one their account acts for)")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. an unknown state code")
    @APIResponse(responseCode = "403", description = "Not a coordinator of this consortium")
    @APIResponse(responseCode = "409", description = "The id or name is taken")
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") NewConsortium request) {
        return consortia.create(request)
                .map(c -> Response.created(URI.create("/api/consortia/" + c.id())).entity(c).build());
    }

    @GET
    @PermitAll
    @Operation(summary = "List consortia, by name")
    @APIResponse(responseCode = "200", description = "A page of consortia")
    public Uni<Page<ConsortiumView>> list(@Valid @BeanParam PageRequest page) {
        return consortia.list(page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One consortium")
    @APIResponse(responseCode = "200", description = "The consortium")
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public Uni<ConsortiumView> get(@PathParam("id") UUID id) {
        return consortia.require(id);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Add a district to the consortium")
    @APIResponse(responseCode = "201", description = "The district is a member")
    @APIResponse(responseCode = "403", description = OTHER_CONSORTIUM)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    @APIResponse(responseCode = "409", description = "Already a member")
    @APIResponse(responseCode = "422", description = "Unknown district, or a state the consortium does not serve")
    public Uni<Response> addMember(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") NewMember request) {
        return memberships.add(id, request.districtId()).map(m -> Response
                .created(URI.create("/api/consortia/" + id + "/members/" + m.districtId())).entity(m).build());
    }

    @GET
    @Path("/{id}/members")
    @PermitAll
    @Operation(summary = "The member districts of a consortium")
    @APIResponse(responseCode = "200", description = "A page of members")
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public Uni<Page<MemberView>> members(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return memberships.members(id, page);
    }
}
