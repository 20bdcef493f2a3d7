package org.compactdpa.vendors.vendors;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.compactdpa.platform.text.SearchText;

/** An edtech company that stores student data and signs DPAs with districts. */
@Entity
public class Vendor extends PanacheEntityBase {

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

    /** Vendors whose legal name or DBA contains the term (accents and case ignored), prefix matches first. */
    static PanacheQuery<Vendor> search(String term) {
        if (term == null || SearchText.fold(term).isEmpty()) {
            return find("from Vendor v order by v.searchName, v.id");
        }
        return find("from Vendor v where v.searchName like :contains escape '\\' order by"
                        + " case when v.searchName like :prefix escape '\\' then 0 else 1 end, v.searchName, v.id",
                Parameters.with("contains", SearchText.containsPattern(term))
                        .and("prefix", SearchText.prefixPattern(term)));
    }
}
