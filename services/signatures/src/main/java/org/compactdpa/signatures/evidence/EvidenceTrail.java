package org.compactdpa.signatures.evidence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.messaging.locks.TransactionLocks;
import org.compactdpa.platform.security.Caller;

/**
 * Appends to an agreement's evidence trail, inside the transaction of the change it records, so an
 * entry exists if and only if the change committed. Appends to one trail take turns on a
 * transaction lock named after the agreement, so the chain never forks.
 */
@ApplicationScoped
public class EvidenceTrail {

    /** The role recorded for a person: the most specific one they hold. */
    private static final List<String> ROLE_ORDER = List.of(Roles.VENDOR_SIGNER, Roles.DISTRICT_SIGNER, Roles.COORDINATOR,
            Roles.VENDOR_STAFF, Roles.DISTRICT_STAFF, Roles.PLATFORM_ADMIN);

    /** Where an appended entry sits in the chain: what a sealed PDF certifies. */
    public record Appended(UUID agreementId, int seq, String hash) {
    }

    private final Caller caller;
    private final Clock clock;

    public EvidenceTrail(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    /** The authenticated person of the current request. */
    public Actor caller() {
        String role = ROLE_ORDER.stream().filter(caller::hasRole).findFirst().orElse(null);
        return new Actor(caller.subject(), caller.displayName(), role, caller.organisationId().orElse(null));
    }

    /** Must run inside the transaction of the change it records. */
    public Uni<Appended> append(UUID agreementId, EvidenceType type, Actor actor, Origin origin,
            String documentHash, String details) {
        Origin from = origin == null ? Origin.NONE : origin;
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "Evidence is appended in the transaction of the change it records"))
                .flatMap(tx -> TransactionLocks.hold("evidence:" + agreementId))
                .flatMap(locked -> EvidenceEntry.headOf(agreementId))
                .flatMap(head -> {
                    EvidenceEntry e = new EvidenceEntry();
                    e.key = new EvidenceEntry.Key(agreementId, head == null ? 1 : head.key.seq() + 1);
                    e.type = type;
                    // The database keeps microseconds; milliseconds hash the same before and after storage.
                    e.occurredAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                    e.actorSubject = actor.subject() == null ? "unknown" : actor.subject();
                    e.actorName = actor.name();
                    e.actorRole = actor.role();
                    e.actorOrgId = actor.organisationId();
                    e.ip = from.ip();
                    e.userAgent = from.userAgent();
                    e.documentHash = documentHash;
                    e.details = details;
                    e.previousHash = head == null ? EvidenceChain.GENESIS : head.entryHash;
                    e.entryHash = EvidenceChain.hash(e.link());
                    return e.persistAndFlush().replaceWith(new Appended(agreementId, e.key.seq(), e.entryHash));
                });
    }
}
