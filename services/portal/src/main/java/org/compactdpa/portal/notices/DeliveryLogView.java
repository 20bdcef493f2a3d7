package org.compactdpa.portal.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.portal.pages.Forms;

/**
 * The part of an endpoint's delivery log a person is looking at (a status or all, which page), which
 * its forms carry back so that sending a delivery again returns to the same place.
 */
@TemplateData
public record DeliveryLogView(UUID webhook, String status, int page) {

    /** What the status filter offers; none chosen is every status. */
    static final List<String> STATUSES = List.of("PENDING", "DELIVERED", "FAILED");

    /** A status the filter does not offer is no filter. */
    static DeliveryLogView of(UUID webhook, String status, int page) {
        return new DeliveryLogView(webhook, status != null && STATUSES.contains(status) ? status : null, Math.max(page, 0));
    }

    static DeliveryLogView of(UUID webhook, Map<String, List<String>> form) {
        int page;
        try {
            String number = Forms.text(form, "page");
            page = number == null ? 0 : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            page = 0;
        }
        return of(webhook, Forms.text(form, "status"), page);
    }

    /** The endpoint's page itself. */
    public String base() {
        return "/webhooks/" + webhook;
    }

    /** The log as it was, saying what was just done. */
    String path(String done) {
        return base() + "?" + (status != null ? "status=" + status + "&" : "") + (page > 0 ? "page=" + page + "&" : "")
                + "done=" + done;
    }
}
