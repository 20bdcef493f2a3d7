package org.compactdpa.accounts.invitations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.accounts.organisations.Organisation;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.messaging.persistence.CommaListConverter;

/**
 * An invitation to act for an organisation with some roles. Only the SHA-256 of its link's token is
 * kept; sending it again replaces that hash. Stored statuses are PENDING, ACCEPTED and REVOKED.
 */
@Entity
public class Invitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public OrganisationType organisationType;

    public UUID organisationId;

    public String email;

    public String firstName;

    public String lastName;

    @Convert(converter = CommaListConverter.class)
    public List<String> roles;

    @Enumerated(EnumType.STRING)
    public InvitationStatus status;

    public String tokenHash;

    public Instant tokenExpiresAt;

    public Instant invitedAt;

    public String invitedBy;

    public String invitedByName;

    public int sentCount;

    public Instant lastSentAt;

    public Instant acceptedAt;

    public String personId;

    public Instant revokedAt;

    public String revokedBy;

    public Organisation organisation() {
        return new Organisation(organisationType, organisationId);
    }

    /** The status as the people reading it need it: a pending invitation past its link's expiry is EXPIRED. */
    InvitationStatus statusAt(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(tokenExpiresAt) ? InvitationStatus.EXPIRED : status;
    }

    static Uni<Invitation> lockedByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The invitation, locked, if it belongs to the organisation; null otherwise. */
    static Uni<Invitation> lockedIn(Organisation organisation, UUID id) {
        return find("id = :id and organisationId = :organisation", Parameters.with("id", id)
                .and("organisation", organisation.id())).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** A pending invitation of the address to the organisation whose link still works. */
    static Uni<Long> openFor(Organisation organisation, String email, Instant now) {
        return count("organisationId = :organisation and email = :email and status = :pending and tokenExpiresAt > :now",
                Parameters.with("organisation", organisation.id()).and("email", email)
                        .and("pending", InvitationStatus.PENDING).and("now", now));
    }

    /** The organisation's invitations, newest first, optionally with one stored status. */
    static PanacheQuery<Invitation> of(Organisation organisation, InvitationStatus status, Instant now) {
        Sort newestFirst = Sort.descending("invitedAt").and("id");
        if (status == null) {
            return find("organisationId", newestFirst, organisation.id());
        }
        Parameters where = Parameters.with("organisation", organisation.id()).and("now", now);
        return switch (status) {
            case EXPIRED -> find("organisationId = :organisation and status = 'PENDING' and tokenExpiresAt <= :now",
                    newestFirst, where);
            case PENDING -> find("organisationId = :organisation and status = 'PENDING' and tokenExpiresAt > :now",
                    newestFirst, where);
            default -> find("organisationId = :organisation and status = :status", newestFirst,
                    Parameters.with("organisation", organisation.id()).and("status", status));
        };
    }
}
