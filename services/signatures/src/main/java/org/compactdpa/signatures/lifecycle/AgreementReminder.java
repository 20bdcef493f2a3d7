package org.compactdpa.signatures.lifecycle;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An expiry reminder already sent, so that each one goes out once. */
@Entity
@Table(name = "agreement_reminder")
public class AgreementReminder extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "agreement_id") UUID agreementId, @Column(name = "days_left") int daysLeft)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public Instant sentAt;
}
