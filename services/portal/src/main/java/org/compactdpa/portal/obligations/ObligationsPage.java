package org.compactdpa.portal.obligations;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.ObligationsClient;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Obligations at a glance: what the organisation has open among incidents, breach notices, dispositions
 * and audits, what is overdue, and what falls due next, with links to each list. The service counts.
 */
@Path("/obligations")
@Tag(name = "Obligation pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ObligationsPage {

    static final String WHAT = "see obligations";

    private final ObligationsClient obligations;
    private final Viewer viewer;
    private final Template obligationsGlance;

    public ObligationsPage(@RestClient ObligationsClient obligations, Viewer viewer, Template obligationsGlance) {
        this.obligations = obligations;
        this.viewer = viewer;
        this.obligationsGlance = obligationsGlance;
    }

    @GET
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF,
            Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Obligations at a glance: open and overdue figures, the next deadlines, links to each list")
    public TemplateInstance glance() {
        viewer.require(viewer.isObligationsParty(), WHAT);
        Map<String, Object> figures = new HashMap<>(Answers.await(obligations.dashboard()));
        figures.computeIfPresent("nextNoticeDeadline", (key, value) -> utc(value));
        figures.computeIfPresent("nextDispositionDeadline", (key, value) -> utc(value));
        return obligationsGlance.data("d", figures);
    }

    /** A deadline with any offset as the same instant in UTC, as every other page shows times. */
    private static Object utc(Object offsetDateTime) {
        try {
            return OffsetDateTime.parse(offsetDateTime.toString()).toInstant().toString();
        } catch (DateTimeParseException e) {
            return offsetDateTime;
        }
    }
}
