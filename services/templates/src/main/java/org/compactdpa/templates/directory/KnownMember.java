package org.compactdpa.templates.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A district's membership in a consortium, as the districts service announced it. */
@Entity
@Table(name = "known_member")
public class KnownMember extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "consortium_id") UUID consortiumId, @Column(name = "district_id") UUID districtId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public Instant joinedAt;
}
