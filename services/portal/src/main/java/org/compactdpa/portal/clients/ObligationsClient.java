package org.compactdpa.portal.clients;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The obligations service: breach incidents and the notice each affected agreement is owed, the return
 * or destruction of a district's data, and audits. Incidents, notices, requests and audits are only
 * displayed, so they stay as the service wrote them; what a page sends is a record, dates as ISO text.
 * The service decides who sees and does what (a district sees its own notice only).
 */
@RegisterRestClient(configKey = "obligations")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ObligationsClient {

    /**
     * What the caller's organisation has open and what falls due next: counts, and the next notice and
     * disposition deadlines (ISO date-times) and audit start (ISO day), each null when nothing is due.
     */
    @GET
    @Path("/obligations/dashboard")
    Uni<Map<String, Object>> dashboard();

    @GET
    @Path("/incidents")
    Uni<Page<Map<String, Object>>> incidents(@QueryParam("page") int page, @QueryParam("size") int size);

    /** The incident with one notice per affected agreement, each with its deadline. */
    @POST
    @Path("/incidents")
    Uni<Created> file(NewIncident incident);

    @GET
    @Path("/incidents/{id}")
    Uni<Map<String, Object>> incident(@PathParam("id") UUID incident);

    @POST
    @Path("/incidents/{id}/updates")
    Uni<Void> update(@PathParam("id") UUID incident, IncidentUpdate update);

    @GET
    @Path("/breach-notices/{id}")
    Uni<Map<String, Object>> notice(@PathParam("id") UUID notice);

    @POST
    @Path("/breach-notices/{id}/delivery")
    Uni<Void> deliver(@PathParam("id") UUID notice, Delivery delivery);

    @POST
    @Path("/breach-notices/{id}/acknowledgement")
    Uni<Void> acknowledge(@PathParam("id") UUID notice, Map<String, Object> nothing);

    /** Oldest first. */
    @GET
    @Path("/breach-notices/{id}/messages")
    Uni<Page<Map<String, Object>>> messages(@PathParam("id") UUID notice, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/breach-notices/{id}/messages")
    Uni<Void> post(@PathParam("id") UUID notice, Message message);

    /** {@code status} null means every status. */
    @GET
    @Path("/dispositions")
    Uni<Page<Map<String, Object>>> dispositions(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/dispositions")
    Uni<Created> request(DispositionRequest request);

    @GET
    @Path("/dispositions/{id}")
    Uni<Map<String, Object>> disposition(@PathParam("id") UUID disposition);

    @POST
    @Path("/dispositions/{id}/attestation")
    Uni<Void> attest(@PathParam("id") UUID disposition, Attestation attestation);

    @POST
    @Path("/dispositions/{id}/acceptance")
    Uni<Void> acceptDisposition(@PathParam("id") UUID disposition, Map<String, Object> nothing);

    @POST
    @Path("/dispositions/{id}/dispute")
    Uni<Void> dispute(@PathParam("id") UUID disposition, Dispute dispute);

    @GET
    @Path("/audits")
    Uni<Page<Map<String, Object>>> audits(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** Refused (422) when the dates come before the earliest start, which the refusal names. */
    @POST
    @Path("/audits")
    Uni<Created> notice(AuditNotice notice);

    @GET
    @Path("/audits/{id}")
    Uni<Map<String, Object>> audit(@PathParam("id") UUID audit);

    @POST
    @Path("/audits/{id}/confirmation")
    Uni<Void> confirm(@PathParam("id") UUID audit, Map<String, Object> nothing);

    @POST
    @Path("/audits/{id}/reschedule")
    Uni<Void> reschedule(@PathParam("id") UUID audit, Dates dates);

    @POST
    @Path("/audits/{id}/dates-accepted")
    Uni<Void> acceptDates(@PathParam("id") UUID audit, Map<String, Object> nothing);

    @POST
    @Path("/audits/{id}/outcome")
    Uni<Void> close(@PathParam("id") UUID audit, AuditOutcome outcome);

    /** {@code discoveredAt} an ISO instant in UTC; no districts named means every district holding a product. */
    record NewIncident(String discoveredAt, String summary, List<UUID> productIds, List<String> dataElements,
            List<UUID> districtIds, String studentsAffected, String contactName, String contactEmail,
            String contactPhone, String actionsTaken) {
    }

    /** {@code stage}: {@code UPDATE}, {@code CONTAINED}, {@code ROOT_CAUSE} or {@code CLOSED}. */
    record IncidentUpdate(String stage, String text) {
    }

    /** What a breach notice must tell its district. */
    record Delivery(String whatHappened, String dataAffected, String studentsAffected, String remediation,
            String contact) {
    }

    record Message(String text) {
    }

    /** {@code action}: {@code RETURN} or {@code DESTROY}; no products means the whole agreement. */
    record DispositionRequest(UUID agreementId, String action, List<UUID> productIds, String returnFormat, String note) {
    }

    /** Bound to the request by {@code requestSha256}, the hash of the request the signer was shown. */
    record Attestation(String method, String completedOn, String disposed, String exceptions, boolean intent,
            boolean consentToElectronicRecords, String requestSha256) {
    }

    record Dispute(String reason) {
    }

    /** Dates as ISO days. */
    record AuditNotice(UUID agreementId, String scope, String proposedStart, String proposedEnd) {
    }

    record Dates(String start, String end) {
    }

    record AuditOutcome(String findings, List<Remediation> remediation) {
    }

    record Remediation(String item, String dueOn) {
    }
}
