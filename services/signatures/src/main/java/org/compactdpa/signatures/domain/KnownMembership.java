package org.compactdpa.signatures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A district's membership in a consortium, as announced by the districts service. */
@Entity
@Table(name = "known_membership")
public class KnownMembership {

    @Embeddable
    public record Key(@Column(name = "district_id") UUID districtId, @Column(name = "consortium_id") UUID consortiumId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;
}
