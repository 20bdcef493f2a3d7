package org.compactdpa.signatures.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.signatures.domain.EvidenceChain;
import org.compactdpa.signatures.domain.EvidenceEntry;
import org.compactdpa.signatures.domain.EvidenceType;
import org.compactdpa.signatures.repository.EvidenceEntryRepository;

/**
 * Appends to an agreement's evidence trail, inside the transaction of the change it records, so an
 * entry exists if and only if the change committed. Appends to one trail are serialised by a
 * transaction-scoped advisory lock on the agreement, so the chain never forks.
 */
@ApplicationScoped
public class EvidenceTrail {

    /** Who acted. The platform itself acts for expiry and sealing. */
    public record Actor(String subject, String name, String role, UUID organisationId) {
        public static final Actor PLATFORM = new Actor("compact-platform", "Compact platform", "system", null);
    }

    /** The role recorded for a person: the most specific one they hold. */
    private static final List<String> ROLE_ORDER = List.of(Roles.VENDOR_SIGNER, Roles.DISTRICT_SIGNER, Roles.COORDINATOR,
            Roles.VENDOR_STAFF, Roles.DISTRICT_STAFF, Roles.PLATFORM_ADMIN);
    private static final SigningService.Origin NO_ORIGIN = new SigningService.Origin(null, null);

    private final EvidenceEntryRepository entries;
    private final Caller caller;

    public EvidenceTrail(EvidenceEntryRepository entries, Caller caller) {
        this.entries = entries;
        this.caller = caller;
    }

    /** The authenticated person of the current request. */
    public Actor caller() {
        String role = ROLE_ORDER.stream().filter(caller::hasRole).findFirst().orElse(null);
        return new Actor(caller.subject(), caller.displayName(), role, caller.organisationId().orElse(null));
    }

    /** Appends an entry by the platform itself (no request, no IP). */
    public Uni<EvidenceEntry> appendBySystem(UUID agreementId, EvidenceType type, String documentHash, String details) {
        return append(agreementId, type, Actor.PLATFORM, NO_ORIGIN, documentHash, details);
    }

    /** Must run inside the transaction of the change it records. */
    public Uni<EvidenceEntry> append(UUID agreementId, EvidenceType type, Actor actor, SigningService.Origin origin,
            String documentHash, String details) {
        SigningService.Origin from = origin == null ? NO_ORIGIN : origin;
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "Evidence is appended in the transaction of the change it records"))
                .flatMap(tx -> TransactionLocks.hold("evidence:" + agreementId))
                .flatMap(locked -> entries.headOf(agreementId))
                .flatMap(head -> {
                    EvidenceEntry e = new EvidenceEntry();
                    e.key = new EvidenceEntry.Key(agreementId, head == null ? 1 : head.key.seq() + 1);
                    e.type = type;
                    // The database keeps microseconds; milliseconds hash the same before and after storage.
                    e.occurredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
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
                    return entries.persistAndFlush(e);
                });
    }
}
