package org.compactdpa.accounts.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One recorded change: who did what, when, to whom, in which organisation. Never changed afterwards. */
@Entity
public class AuditEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public Instant at;

    /**
     * The token subject of whoever acted; {@code link:<e-mail>} for someone following a link mailed
     * there, {@code applicant:<e-mail>} for someone applying.
     */
    public String actor;

    public String actorName;

    /** What happened, e.g. {@code account.roles-changed}, {@code invitation.revoked}. */
    public String action;

    public String organisationType;

    public UUID organisationId;

    /** Whom or what it concerned: a person's id, an invitation's or an application's. */
    public String subject;

    public String email;

    /** The change itself, e.g. the roles added and removed. */
    public String detail;
}
