package org.compactdpa.templates.templates;

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

@Path("/api/templates")
@Tag(name = "Templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final TemplateService templates;

    public TemplateResource(TemplateService templates) {
        this.templates = templates;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Create a template for the coordinator's consortium")
    @APIResponse(responseCode = "201", description = "Created")
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") NewTemplate input) {
        return templates.create(input)
                .map(t -> Response.created(URI.create("/api/templates/" + t.id())).entity(t).build());
    }

    @GET
    @PermitAll
    @Operation(summary = "List templates, optionally of one consortium")
    @APIResponse(responseCode = "200", description = "A page of templates")
    public Uni<Page<TemplateView>> list(@QueryParam("consortiumId") UUID consortiumId, @Valid @BeanParam PageRequest page) {
        return templates.list(consortiumId, page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One template")
    @APIResponse(responseCode = "200", description = "The template")
    public Uni<TemplateView> get(@PathParam("id") UUID id) {
        return templates.get(id);
    }
}
