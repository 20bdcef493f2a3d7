package org.compactdpa.portal.obligations;

import org.compactdpa.testing.DemoOrganisations;

/** The incident, notices, request and audit the obligation page tests show, as the service writes them. */
final class Cases {

    static final String INCIDENT = "aaaaaaaa-0000-4000-8000-000000000001";
    static final String NOTICE = "bbbbbbbb-0000-4000-8000-000000000001";
    static final String DELIVERED = "bbbbbbbb-0000-4000-8000-000000000002";
    static final String AGREEMENT = "11111111-0000-4000-8000-000000000001";
    static final String PRODUCT = "cccccccc-0000-4000-8000-000000000001";
    static final String REQUEST = "dddddddd-0000-4000-8000-000000000001";
    static final String AUDIT = "eeeeeeee-0000-4000-8000-000000000001";
    static final String SHA = "ab12".repeat(16);
    static final String VENDOR = DemoOrganisations.BRIGHTPATH.toString();
    static final String DISTRICT = DemoOrganisations.MAPLE.toString();

    private Cases() {
    }

    static String notice(String id, String status, boolean overdue, String content) {
        return """
                {"id":"%s","incidentId":"%s","agreementId":"%s","vendorId":"%s","districtId":"%s","consortiumId":null,
                 "breachNoticeHours":72,"deadline":"2030-03-04T09:30:00Z","status":"%s","overdue":%s,
                 "overdueAt":%s,"deliveredAt":%s,"late":false,"content":%s,"acknowledgedAt":null}"""
                .formatted(id, INCIDENT, AGREEMENT, VENDOR, DISTRICT, status, overdue,
                        overdue ? "\"2030-03-04T09:31:00Z\"" : "null",
                        "DUE".equals(status) ? "null" : "\"2030-03-02T10:00:00Z\"", content);
    }

    static String incident(String stage, String notices) {
        return """
                {"id":"%s","vendorId":"%s","discoveredAt":"2030-03-01T09:30:00Z","summary":"Exposed <script>bucket</script>",
                 "productIds":["%s"],"dataElements":["STUDENT_NAME"],"studentsAffected":"About 40","contactName":"Pat Lee",
                 "contactEmail":"security@brightpath.example","contactPhone":null,"actionsTaken":"Locked it",
                 "stage":"%s","reportedAt":"2030-03-01T10:00:00Z","notices":[%s]}"""
                .formatted(INCIDENT, VENDOR, PRODUCT, stage, notices);
    }

    static String request(String status) {
        return """
                {"id":"%s","agreementId":"%s","districtId":"%s","vendorId":"%s","consortiumId":null,"status":"%s",
                 "offeredReason":null,"action":"DESTROY","productIds":[],"returnFormat":null,"note":"All <b>rosters</b>",
                 "requestSha256":"%s","requestedAt":"2030-03-01T10:00:00Z","dispositionDays":60,
                 "deadline":"2030-04-30T10:00:00Z","method":%s,"completedOn":%s,"disposed":%s,"exceptions":null,
                 "signerName":%s,"attestedAt":%s,"late":false,"settledAt":null,"disputeReason":null,"overdue":%s}"""
                .formatted(REQUEST, AGREEMENT, DISTRICT, VENDOR, status, SHA,
                        attested(status) ? "\"Secure deletion\"" : "null", attested(status) ? "\"2030-03-20\"" : "null",
                        attested(status) ? "\"Every roster\"" : "null", attested(status) ? "\"Sam Signer\"" : "null",
                        attested(status) ? "\"2030-03-21T10:00:00Z\"" : "null", "REQUESTED".equals(status));
    }

    private static boolean attested(String status) {
        return !"REQUESTED".equals(status) && !"OFFERED".equals(status);
    }

    static String audit(String status) {
        return """
                {"id":"%s","agreementId":"%s","districtId":"%s","vendorId":"%s","consortiumId":null,"status":"%s",
                 "scope":"Access <i>logs</i>","noticeBusinessDays":10,"noticedAt":"2030-03-01T10:00:00Z",
                 "earliestStart":"2030-03-15","proposedStart":"2030-03-18","proposedEnd":"2030-03-20",
                 "start":%s,"end":%s,"findings":null,"remediation":[],"closedAt":null}"""
                .formatted(AUDIT, AGREEMENT, DISTRICT, VENDOR, status,
                        "CONFIRMED".equals(status) ? "\"2030-03-18\"" : "null", "CONFIRMED".equals(status) ? "\"2030-03-20\"" : "null");
    }
}
