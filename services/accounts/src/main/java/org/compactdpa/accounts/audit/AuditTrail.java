package org.compactdpa.accounts.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.compactdpa.accounts.organisations.Organisation;
import org.compactdpa.platform.security.Caller;

/**
 * Records every change this service makes to an account, an invitation or an application, in the
 * transaction of the change. Who: the signed-in caller, or the holder of a mailed link.
 */
@ApplicationScoped
public class AuditTrail {

    private final Caller caller;
    private final Clock clock;

    public AuditTrail(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    /** A change made by the signed-in caller. */
    public Uni<Void> byCaller(String action, Organisation organisation, String subject, String email, String detail) {
        return write(caller.subject(), caller.displayName(), action, organisation, subject, email, detail);
    }

    /** An application, made by someone known only by the address they gave (not proven yet). */
    public Uni<Void> byApplicant(String email, String action, String subject, String detail) {
        return write("applicant:" + email, null, action, null, subject, email, detail);
    }

    /** A change made by whoever followed a link mailed to {@code email} (they proved they read that mailbox). */
    public Uni<Void> byLinkHolder(String email, String action, Organisation organisation, String subject, String detail) {
        return write("link:" + email, null, action, organisation, subject, email, detail);
    }

    private Uni<Void> write(String actor, String actorName, String action, Organisation organisation, String subject,
            String email, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = clock.instant();
        entry.actor = actor;
        entry.actorName = actorName;
        entry.action = action;
        entry.organisationType = organisation == null ? null : organisation.type().name();
        entry.organisationId = organisation == null ? null : organisation.id();
        entry.subject = subject;
        entry.email = email;
        entry.detail = detail;
        return entry.persist().replaceWithVoid();
    }
}
