package org.compactdpa.districts.apprequests;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One step in an app request's life. */
@Entity
@Table(name = "app_request_history")
public class AppRequestHistory extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "request_id") UUID requestId, @Column(name = "seq") int seq) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    public AppRequestStatus status;

    public String note;

    public String actor;

    public Instant at;
}
