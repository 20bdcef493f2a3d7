package org.compactdpa.notices.rules;

import static org.compactdpa.contracts.vocabulary.OrganisationType.DISTRICT;
import static org.compactdpa.contracts.vocabulary.OrganisationType.VENDOR;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.compactdpa.contracts.events.AuditClosed;
import org.compactdpa.contracts.events.AuditNoticed;
import org.compactdpa.contracts.events.AuditScheduled;
import org.compactdpa.contracts.events.BreachAcknowledged;
import org.compactdpa.contracts.events.BreachNoticeDelivered;
import org.compactdpa.contracts.events.BreachNoticeOverdue;
import org.compactdpa.contracts.events.BreachReported;
import org.compactdpa.contracts.events.BreachUpdated;
import org.compactdpa.contracts.events.DispositionAttested;
import org.compactdpa.contracts.events.DispositionOffered;
import org.compactdpa.contracts.events.DispositionOverdue;
import org.compactdpa.contracts.events.DispositionRequested;
import org.compactdpa.contracts.events.DispositionSettled;

/**
 * The words of the notices about duties after signing (breaches, disposition, audits); who is told is in
 * {@link NoticeRules}' table. Breach and disposition notices are mandatory: they reach people whatever
 * their preferences.
 */
final class Obligations {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Obligations() {
    }

    static List<Draft> reported(BreachReported event, Facts facts) {
        String vendor = facts.name(event.vendorId(), "A vendor");
        List<Draft> drafts = new ArrayList<>();
        for (BreachReported.OwedNotice notice : event.notices()) {
            String title = vendor + " reported a breach that may affect your district's data";
            String body = "Discovered " + WHEN.format(event.discoveredAt()) + ": " + event.summary()
                    + " The vendor owes your district a breach notice by " + WHEN.format(notice.deadline()) + ".";
            drafts.add(new Draft(NoticeKind.BREACH, Audience.everyoneAt(DISTRICT, notice.districtId()), title, body,
                    "/breach-notices/" + notice.noticeId()));
            if (notice.consortiumId() != null) {
                drafts.add(new Draft(NoticeKind.BREACH, Audience.coordinatorsOf(notice.consortiumId()),
                        vendor + " reported a breach affecting member districts", body, "/incidents/" + event.incidentId()));
            }
        }
        return drafts;
    }

    static List<Draft> delivered(BreachNoticeDelivered event, Facts facts) {
        return List.of(new Draft(NoticeKind.BREACH, Audience.everyoneAt(DISTRICT, event.districtId()),
                facts.name(event.vendorId(), "The vendor") + " delivered its breach notice" + (event.late() ? " (late)" : ""),
                "Read what happened, which data and students it concerns and what was done; acknowledge it or ask questions.",
                "/breach-notices/" + event.noticeId()));
    }

    static List<Draft> noticeOverdue(BreachNoticeOverdue event, Facts facts) {
        String title = "A breach notice is overdue";
        String body = "The notice to " + facts.name(event.districtId(), "a district") + " was due by "
                + WHEN.format(event.deadline()) + " and has not been delivered.";
        List<Draft> drafts = new ArrayList<>();
        String link = "/breach-notices/" + event.noticeId();
        drafts.add(new Draft(NoticeKind.BREACH, Audience.everyoneAt(VENDOR, event.vendorId()), title, body, link));
        drafts.add(new Draft(NoticeKind.BREACH, Audience.everyoneAt(DISTRICT, event.districtId()), title, body, link));
        if (event.consortiumId() != null) {
            drafts.add(new Draft(NoticeKind.BREACH, Audience.coordinatorsOf(event.consortiumId()), title, body, link));
        }
        return drafts;
    }

    static List<Draft> acknowledged(BreachAcknowledged event, Facts facts) {
        return List.of(new Draft(NoticeKind.BREACH, Audience.everyoneAt(VENDOR, event.vendorId()),
                facts.name(event.districtId(), "A district") + " acknowledged your breach notice", "",
                "/breach-notices/" + event.noticeId()));
    }

    static List<Draft> updated(BreachUpdated event, Facts facts) {
        String stage = switch (event.stage()) {
            case "CONTAINED" -> "is contained";
            case "ROOT_CAUSE" -> "has a root cause";
            case "CLOSED" -> "is closed";
            default -> "has news";
        };
        List<Draft> drafts = new ArrayList<>();
        for (UUID district : event.districtIds()) {
            drafts.add(new Draft(NoticeKind.BREACH, Audience.everyoneAt(DISTRICT, district),
                    "The breach reported by " + facts.name(event.vendorId(), "a vendor") + " " + stage, "",
                    "/incidents/" + event.incidentId()));
        }
        return drafts;
    }

    static List<Draft> offered(DispositionOffered event, Facts facts) {
        return List.of(new Draft(NoticeKind.DISPOSITION, Audience.everyoneAt(DISTRICT, event.districtId()),
                "Your agreement with " + facts.name(event.vendorId(), "a vendor") + " " + event.reason().toLowerCase(Locale.ROOT)
                        + ": ask for your data back or destroyed",
                "The vendor must return or destroy your district's data within the days the terms allow once you ask.",
                "/dispositions/" + event.requestId()));
    }

    static List<Draft> requested(DispositionRequested event, Facts facts) {
        return List.of(new Draft(NoticeKind.DISPOSITION, Audience.everyoneAt(VENDOR, event.vendorId()),
                facts.name(event.districtId(), "A district") + " asks you to " + ("RETURN".equals(event.action()) ? "return" : "destroy")
                        + " its data by " + WHEN.format(event.deadline()),
                "A vendor signer attests when it is done, bound to the request's SHA-256 " + event.requestSha256() + ".",
                "/dispositions/" + event.requestId()));
    }

    static List<Draft> attested(DispositionAttested event, Facts facts) {
        return List.of(new Draft(NoticeKind.DISPOSITION, Audience.everyoneAt(DISTRICT, event.districtId()),
                facts.name(event.vendorId(), "The vendor") + " attests that your data was disposed of" + (event.late() ? " (late)" : ""),
                event.method() + ", completed " + DAY.format(event.completedOn()) + ", signed by " + event.signerName()
                        + ". Accept it or dispute it.",
                "/dispositions/" + event.requestId()));
    }

    static List<Draft> settled(DispositionSettled event, Facts facts) {
        boolean accepted = "ACCEPTED".equals(event.outcome());
        return List.of(new Draft(NoticeKind.DISPOSITION, Audience.everyoneAt(VENDOR, event.vendorId()),
                facts.name(event.districtId(), "The district") + (accepted ? " accepted" : " disputed") + " your attestation",
                accepted ? "" : "Reason given: " + event.reason(), "/dispositions/" + event.requestId()));
    }

    static List<Draft> dispositionOverdue(DispositionOverdue event, Facts facts) {
        String title = "A disposition of district data is overdue";
        String body = "The return or destruction asked by " + facts.name(event.districtId(), "a district") + " was due by "
                + WHEN.format(event.deadline()) + " and has not been attested.";
        List<Draft> drafts = new ArrayList<>();
        String link = "/dispositions/" + event.requestId();
        drafts.add(new Draft(NoticeKind.DISPOSITION, Audience.everyoneAt(VENDOR, event.vendorId()), title, body, link));
        drafts.add(new Draft(NoticeKind.DISPOSITION, Audience.everyoneAt(DISTRICT, event.districtId()), title, body, link));
        if (event.consortiumId() != null) {
            drafts.add(new Draft(NoticeKind.DISPOSITION, Audience.coordinatorsOf(event.consortiumId()), title, body, link));
        }
        return drafts;
    }

    static List<Draft> auditNoticed(AuditNoticed event, Facts facts) {
        return List.of(new Draft(NoticeKind.AUDIT, Audience.everyoneAt(VENDOR, event.vendorId()),
                facts.name(event.districtId(), "A district") + " gives notice of an audit",
                "Scope: " + event.scope() + ". Proposed " + DAY.format(event.proposedStart()) + " to " + DAY.format(event.proposedEnd())
                        + "; it may start no earlier than " + DAY.format(event.earliestStart()) + ". Confirm or propose other dates.",
                "/audits/" + event.auditId()));
    }

    static List<Draft> auditScheduled(AuditScheduled event, Facts facts) {
        String dates = DAY.format(event.start()) + " to " + DAY.format(event.end());
        List<Draft> drafts = new ArrayList<>();
        if ("RESCHEDULE_PROPOSED".equals(event.status())) {
            drafts.add(new Draft(NoticeKind.AUDIT, Audience.everyoneAt(DISTRICT, event.districtId()),
                    facts.name(event.vendorId(), "The vendor") + " proposes other dates for your audit", dates + ". Accept them to confirm.",
                    "/audits/" + event.auditId()));
        } else {
            drafts.add(new Draft(NoticeKind.AUDIT, Audience.everyoneAt(DISTRICT, event.districtId()), "Your audit is confirmed",
                    dates, "/audits/" + event.auditId()));
            drafts.add(new Draft(NoticeKind.AUDIT, Audience.everyoneAt(VENDOR, event.vendorId()), "An audit is confirmed",
                    facts.name(event.districtId(), "A district") + ", " + dates, "/audits/" + event.auditId()));
        }
        return drafts;
    }

    static List<Draft> auditClosed(AuditClosed event, Facts facts) {
        return List.of(new Draft(NoticeKind.AUDIT, Audience.everyoneAt(VENDOR, event.vendorId()),
                facts.name(event.districtId(), "A district") + " closed its audit",
                event.remediationItems() + " remediation items with due dates; read them on the audit.", "/audits/" + event.auditId()));
    }
}
