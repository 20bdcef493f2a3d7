package org.compactdpa.templates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A consortium's standard agreement, of which versions are drafted and published. */
@Entity
public class Template {

    @Id
    public UUID id;

    @Column(name = "consortium_id", nullable = false)
    public UUID consortiumId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, length = 2)
    public String state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
