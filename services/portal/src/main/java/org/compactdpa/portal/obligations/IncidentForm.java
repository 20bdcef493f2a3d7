package org.compactdpa.portal.obligations;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.portal.clients.ObligationsClient.NewIncident;
import org.compactdpa.portal.pages.Forms;

/** The incident form as the service takes it: discovery as one UTC instant, ticked products, elements and districts. */
final class IncidentForm {

    private IncidentForm() {
    }

    static NewIncident read(Map<String, List<String>> form) {
        return new NewIncident(When.instant(Forms.text(form, "discoveredOn"), Forms.text(form, "discoveredTime"), "discoveredAt"),
                Forms.text(form, "summary"), ids(form, "productIds"), Forms.all(form, "dataElements").stream().distinct().toList(),
                ids(form, "districtIds"), Forms.text(form, "studentsAffected"), Forms.text(form, "contactName"),
                Forms.text(form, "contactEmail"), Forms.text(form, "contactPhone"), Forms.text(form, "actionsTaken"));
    }

    /** Ticked boxes the page wrote: an id that is not one was tampered with (a 400 page). */
    private static List<UUID> ids(Map<String, List<String>> form, String name) {
        return Forms.all(form, name).stream().map(Forms::id).distinct().toList();
    }
}
