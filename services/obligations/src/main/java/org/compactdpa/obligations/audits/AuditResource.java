package org.compactdpa.obligations.audits;

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

@Path("/api/audits")
@Tag(name = "Audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER,
        Roles.DISTRICT_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
public class AuditResource {

    private static final String VENDOR = "vendor";

    private final Audits audits;
    private final Caller caller;

    public AuditResource(Audits audits, Caller caller) {
        this.audits = audits;
        this.caller = caller;
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Give notice of an audit; it may start no earlier than the terms' business days of notice")
    @APIResponse(responseCode = "201", description = "Noticed, with the earliest start")
    @APIResponse(responseCode = "422", description = "Dates before the earliest start, or an agreement not in force")
    public Uni<AuditView> notice(@Valid @NotNull(message = "a JSON body is required") AuditNoticeInput input) {
        return audits.notice(Party.of(caller), input);
    }

    @GET
    @Operation(summary = "Audits the caller may see")
    @APIResponse(responseCode = "200", description = "A page of audits")
    public Uni<Page<AuditView>> list(
            @QueryParam("status") @Size(max = 20) @Pattern(regexp = "NOTICED|RESCHEDULE_PROPOSED|CONFIRMED|CLOSED", message = "must be NOTICED, RESCHEDULE_PROPOSED, CONFIRMED or CLOSED") String status,
            @Valid @BeanParam PageRequest page) {
        return audits.list(Party.of(caller), status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One audit")
    @APIResponse(responseCode = "200", description = "The audit")
    public Uni<AuditView> one(@PathParam("id") UUID id) {
        return audits.one(Party.of(caller), id);
    }

    @POST
    @Path("/{id}/confirmation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN})
    @Operation(summary = "The vendor confirms the district's dates")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "409", description = "Not waiting for the vendor")
    public Uni<AuditView> confirm(@PathParam("id") UUID id) {
        return audits.confirm(Party.of(caller), id);
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN})
    @Operation(summary = "The vendor proposes other dates, never before the earliest start")
    @APIResponse(responseCode = "200", description = "Proposed")
    @APIResponse(responseCode = "409", description = "Not waiting for the " + VENDOR)
    public Uni<AuditView> reschedule(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") DatesInput input) {
        return audits.reschedule(Party.of(caller), id, input);
    }

    @POST
    @Path("/{id}/dates-accepted")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "The district takes the vendor's dates")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "409", description = "No dates proposed")
    public Uni<AuditView> acceptDates(@PathParam("id") UUID id) {
        return audits.acceptDates(Party.of(caller), id);
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record the findings and remediation, and close the audit")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "The audit's dates are not confirmed, or it is closed")
    public Uni<AuditView> close(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") OutcomeInput input) {
        return audits.close(Party.of(caller), id, input);
    }
}
