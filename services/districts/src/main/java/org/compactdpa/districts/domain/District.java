package org.compactdpa.districts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A school district (LEA), identified nationally by its seven-digit NCES id. */
@Entity
public class District {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, length = 2)
    public String state;

    @Column(name = "nces_id", nullable = false, length = 7)
    public String ncesId;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    public String website;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
