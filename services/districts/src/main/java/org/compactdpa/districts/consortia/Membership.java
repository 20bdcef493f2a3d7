package org.compactdpa.districts.consortia;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A district's membership in a consortium; a district may belong to several. */
@Entity
public class Membership extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "consortium_id") UUID consortiumId, @Column(name = "district_id") UUID districtId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public Instant joinedAt;

    public String addedBy;

    /** The consortium's members in the order they joined. */
    public static PanacheQuery<Membership> ofConsortium(UUID consortiumId) {
        return find("key.consortiumId", Sort.by("joinedAt").and("key.districtId"), consortiumId);
    }
}
