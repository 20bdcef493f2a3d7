package org.compactdpa.notices.subscriptions;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/subscriptions")
@Tag(name = "Subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
public class SubscriptionResource {

    private final Subscriptions subscriptions;
    private final Caller caller;

    public SubscriptionResource(Subscriptions subscriptions, Caller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The vendors and products the caller's district or consortium follows")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    public Uni<Page<SubscriptionView>> list(@Valid @BeanParam PageRequest page) {
        OrganisationType type = type();
        return subscriptions.list(type, caller.requireOrganisation(type), page);
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Follow a vendor or a product: its declaration, subprocessor, agreement and offer changes")
    @APIResponse(responseCode = "201", description = "Following")
    @APIResponse(responseCode = "409", description = "Already following it")
    @APIResponse(responseCode = "422", description = "No such vendor or product, or the organisation follows too many")
    public Uni<SubscriptionView> subscribe(@Valid @NotNull(message = "a JSON body is required") SubscriptionInput input) {
        OrganisationType type = type();
        return subscriptions.subscribe(type, caller.requireOrganisation(type), caller.username(), input);
    }

    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Stop following")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Void> unsubscribe(@PathParam("id") UUID id) {
        OrganisationType type = type();
        return subscriptions.unsubscribe(caller.requireOrganisation(type), id);
    }

    /** Coordinators follow for their consortium; anyone else for their district. */
    private OrganisationType type() {
        if (caller.hasRole(Roles.COORDINATOR)) {
            return OrganisationType.CONSORTIUM;
        }
        if (caller.organisationType().filter(OrganisationType.DISTRICT::equals).isEmpty()) {
            throw ProblemException.forbidden("Only districts and consortia follow vendors and products");
        }
        return OrganisationType.DISTRICT;
    }
}
