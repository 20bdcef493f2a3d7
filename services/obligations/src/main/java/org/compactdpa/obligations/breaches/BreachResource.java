package org.compactdpa.obligations.breaches;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.obligations.access.Party;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api")
@Tag(name = "Breaches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER,
        Roles.DISTRICT_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
public class BreachResource {

    private final Breaches breaches;
    private final Caller caller;

    public BreachResource(Breaches breaches, Caller caller) {
        this.breaches = breaches;
        this.caller = caller;
    }

    @POST
    @Path("/incidents")
    @ResponseStatus(201)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN})
    @Operation(summary = "File a breach: one notice is owed per agreement in force that covers an affected product, each by its own deadline")
    @APIResponse(responseCode = "201", description = "The incident with the notices owed")
    @APIResponse(responseCode = "422", description = "No agreement of the vendor in force covers the products (for the districts named)")
    public Uni<IncidentView> file(@Valid @NotNull(message = "a JSON body is required") IncidentInput input) {
        return breaches.file(Party.of(caller), input);
    }

    @GET
    @Path("/incidents")
    @Operation(summary = "Incidents the caller may see: the vendor's own, those with a notice to the caller's district or consortium")
    @APIResponse(responseCode = "200", description = "A page of incidents")
    public Uni<Page<IncidentView>> incidents(@Valid @BeanParam PageRequest page) {
        return breaches.list(Party.of(caller), page);
    }

    @GET
    @Path("/incidents/{id}")
    @Operation(summary = "One incident with the notices the caller may see")
    @APIResponse(responseCode = "200", description = "The incident")
    public Uni<IncidentView> incident(@PathParam("id") UUID id) {
        return breaches.one(Party.of(caller), id);
    }

    @POST
    @Path("/incidents/{id}/updates")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN})
    @Operation(summary = "Post an update on the incident: contained, root cause, closed, or news")
    @APIResponse(responseCode = "200", description = "The incident")
    @APIResponse(responseCode = "409", description = "The incident is closed")
    public Uni<IncidentView> update(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") UpdateInput input) {
        return breaches.update(Party.of(caller), id, input);
    }

    @GET
    @Path("/breach-notices")
    @Operation(summary = "Breach notices the caller may see, soonest deadline first")
    @APIResponse(responseCode = "200", description = "A page of notices")
    public Uni<Page<BreachNoticeView>> notices(
            @QueryParam("status") @Size(max = 20) @Pattern(regexp = "DUE|DELIVERED|ACKNOWLEDGED", message = "must be DUE, DELIVERED or ACKNOWLEDGED") String status,
            @QueryParam("overdue") Boolean overdue, @Valid @BeanParam PageRequest page) {
        return breaches.notices(Party.of(caller), status, overdue, page);
    }

    @GET
    @Path("/breach-notices/{id}")
    @Operation(summary = "One breach notice")
    @APIResponse(responseCode = "200", description = "The notice")
    public Uni<BreachNoticeView> notice(@PathParam("id") UUID id) {
        return breaches.notice(Party.of(caller), id);
    }

    @POST
    @Path("/breach-notices/{id}/delivery")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN})
    @Operation(summary = "Deliver the notice to its district with the content the terms require")
    @APIResponse(responseCode = "200", description = "Delivered (late when after its deadline)")
    @APIResponse(responseCode = "409", description = "Delivered already")
    public Uni<BreachNoticeView> deliver(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") DeliveryInput input) {
        return breaches.deliver(Party.of(caller), id, input);
    }

    @POST
    @Path("/breach-notices/{id}/acknowledgement")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "The district acknowledges the notice it received")
    @APIResponse(responseCode = "200", description = "Acknowledged")
    @APIResponse(responseCode = "409", description = "Not delivered yet, or acknowledged already")
    public Uni<BreachNoticeView> acknowledge(@PathParam("id") UUID id) {
        return breaches.acknowledge(Party.of(caller), id);
    }

    @GET
    @Path("/breach-notices/{id}/messages")
    @Operation(summary = "The notice's thread of questions and answers, oldest first")
    @APIResponse(responseCode = "200", description = "A page of messages")
    public Uni<Page<MessageView>> messages(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return breaches.messages(Party.of(caller), id, page);
    }

    @POST
    @Path("/breach-notices/{id}/messages")
    @ResponseStatus(201)
    @Operation(summary = "Ask or answer in the notice's thread (the vendor and the district)")
    @APIResponse(responseCode = "201", description = "Posted")
    public Uni<MessageView> post(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") MessageInput input) {
        return breaches.post(Party.of(caller), id, input);
    }
}
