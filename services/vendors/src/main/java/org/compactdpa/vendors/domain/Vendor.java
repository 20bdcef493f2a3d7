package org.compactdpa.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An edtech company that stores student data and signs DPAs with districts. */
@Entity
public class Vendor {

    @Id
    public UUID id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(name = "doing_business_as")
    public String doingBusinessAs;

    @Column(nullable = false)
    public String website;

    public String street;
    public String city;

    @Column(length = 2)
    public String state;

    @Column(name = "postal_code")
    public String postalCode;

    @Column(name = "representative_name", nullable = false)
    public String representativeName;

    @Column(name = "representative_title")
    public String representativeTitle;

    @Column(name = "representative_email", nullable = false)
    public String representativeEmail;

    @Column(name = "breach_contact_name", nullable = false)
    public String breachContactName;

    @Column(name = "breach_contact_email", nullable = false)
    public String breachContactEmail;

    @Column(name = "breach_contact_phone")
    public String breachContactPhone;

    @Column(name = "search_name", nullable = false)
    public String searchName;

    @Column(nullable = false)
    public int revision;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isVerified() {
        return verifiedAt != null;
    }
}
