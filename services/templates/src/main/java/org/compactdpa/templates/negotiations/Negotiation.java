package org.compactdpa.templates.negotiations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
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
import org.compactdpa.messaging.persistence.CommaListConverter;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/** A consortium and one vendor negotiating one published version for named products. */
@Entity
public class Negotiation extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID templateId;

    public UUID versionId;

    public UUID consortiumId;

    public UUID vendorId;

    @Convert(converter = CommaListConverter.class)
    public List<String> products;

    @Enumerated(EnumType.STRING)
    public NegotiationStatus status;

    public Instant consortiumAgreedAt;

    public String consortiumAgreedBy;

    public Instant vendorAgreedAt;

    public String vendorAgreedBy;

    public UUID termsId;

    public Instant createdAt;

    public String createdBy;

    boolean agreedBy(Party party) {
        return party == Party.CONSORTIUM ? consortiumAgreedAt != null : vendorAgreedAt != null;
    }

    /** Each side agrees once. */
    void requireNotYetAgreedBy(Party party) {
        if (agreedBy(party)) {
            throw ProblemException.conflict("The " + party.name().toLowerCase() + " side has already agreed");
        }
    }

    void agree(Party party, String by, Instant at) {
        requireNotYetAgreedBy(party);
        if (party == Party.CONSORTIUM) {
            consortiumAgreedAt = at;
            consortiumAgreedBy = by;
        } else {
            vendorAgreedAt = at;
            vendorAgreedBy = by;
        }
    }

    /** Both sides agreed and these terms were frozen: the negotiation is over. */
    void conclude(UUID frozenTermsId) {
        status = status.moveTo(NegotiationStatus.AGREED, "Negotiation " + id);
        termsId = frozenTermsId;
    }

    static Uni<Negotiation> require(UUID id) {
        return Negotiation.<Negotiation>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Negotiation", id));
    }

    /** The negotiation with its row locked until the transaction ends. */
    static Uni<Negotiation> requireLocked(UUID id) {
        return Negotiation.<Negotiation>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Negotiation", id));
    }

    /** One organisation's negotiations ({@code column} names its side), newest first, of one status or all. */
    static Uni<Page<Negotiation>> pageOf(String column, UUID organisation, NegotiationStatus status, PageRequest page) {
        Parameters params = Parameters.with("org", organisation);
        String where = column + " = :org";
        if (status != null) {
            where += " and status = :status";
            params.and("status", status);
        }
        return Pages.of(find(where, Sort.descending("createdAt").and("id"), params), page);
    }
}
