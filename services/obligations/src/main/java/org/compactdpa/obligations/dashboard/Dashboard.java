package org.compactdpa.obligations.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the caller's organisation has open among the duties after signing, and what falls due next: a
 * vendor sees what it owes, a district what it is owed, a consortium's coordinators both for their members.
 */
public record Dashboard(int openIncidents, int noticesDue, int noticesOverdue, OffsetDateTime nextNoticeDeadline,
        int noticesAwaitingAcknowledgement, int dispositionsOffered, int dispositionsOpen, int dispositionsOverdue,
        OffsetDateTime nextDispositionDeadline, int dispositionsAwaitingAcceptance, int auditsOpen, LocalDate nextAuditStart) {
}
