package org.compactdpa.obligations.dispositions;

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

@Path("/api/dispositions")
@Tag(name = "Disposition")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER,
        Roles.DISTRICT_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
public class DispositionResource {

    private final Dispositions dispositions;
    private final Caller caller;

    public DispositionResource(Dispositions dispositions, Caller caller) {
        this.dispositions = dispositions;
        this.caller = caller;
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Ask for the return or destruction of the district's data under one of its agreements")
    @APIResponse(responseCode = "201", description = "Requested, with its deadline and the SHA-256 the vendor attests to")
    @APIResponse(responseCode = "409", description = "A request for this agreement is open already")
    public Uni<DispositionView> request(@Valid @NotNull(message = "a JSON body is required") RequestInput input) {
        return dispositions.request(Party.of(caller), input);
    }

    @GET
    @Operation(summary = "Disposition requests the caller may see (its vendor's, its district's, its consortium's)")
    @APIResponse(responseCode = "200", description = "A page of requests")
    public Uni<Page<DispositionView>> list(
            @QueryParam("status") @Size(max = 20) @Pattern(regexp = "OFFERED|REQUESTED|ATTESTED|ACCEPTED|DISPUTED", message = "must be OFFERED, REQUESTED, ATTESTED, ACCEPTED or DISPUTED") String status,
            @Valid @BeanParam PageRequest page) {
        return dispositions.list(Party.of(caller), status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One disposition request")
    @APIResponse(responseCode = "200", description = "The request")
    public Uni<DispositionView> one(@PathParam("id") UUID id) {
        return dispositions.one(Party.of(caller), id);
    }

    @POST
    @Path("/{id}/attestation")
    @RolesAllowed(Roles.VENDOR_SIGNER)
    @Operation(summary = "Attest that the data was returned or destroyed, with intent and consent, bound to the request's SHA-256")
    @APIResponse(responseCode = "200", description = "Attested")
    @APIResponse(responseCode = "409", description = "Not requested, or settled already")
    public Uni<DispositionView> attest(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") AttestationInput input) {
        return dispositions.attest(Party.of(caller), id, input);
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "The district accepts the vendor's attestation")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "409", description = "Not attested")
    public Uni<DispositionView> accept(@PathParam("id") UUID id) {
        return dispositions.settle(Party.of(caller), id, true, null);
    }

    @POST
    @Path("/{id}/dispute")
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "The district disputes the attestation, saying why; the vendor may attest again")
    @APIResponse(responseCode = "200", description = "Disputed")
    @APIResponse(responseCode = "409", description = "Not attested")
    public Uni<DispositionView> dispute(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") DisputeInput input) {
        return dispositions.settle(Party.of(caller), id, false, input.reason());
    }
}
