package org.compactdpa.signatures.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import io.smallrye.mutiny.Uni;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A district's membership in a consortium, as announced by the districts service. */
@Entity
@Table(name = "known_membership")
public class KnownMembership extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "district_id") UUID districtId, @Column(name = "consortium_id") UUID consortiumId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public Instant joinedAt;

    /** The consortia the district is known to belong to. */
    public static Uni<List<UUID>> consortiaOf(UUID districtId) {
        return KnownMembership.<KnownMembership>list("key.districtId", districtId)
                .map(rows -> rows.stream().map(m -> m.key.consortiumId()).toList());
    }
}
