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

    public String legalName;

    public String doingBusinessAs;

    public String website;

    public String street;
    public String city;

    @Column(length = 2)
    public String state;

    public String postalCode;

    public String representativeName;

    public String representativeTitle;

    public String representativeEmail;

    public String breachContactName;

    public String breachContactEmail;

    public String breachContactPhone;

    public String searchName;

    public int revision;

    public Instant verifiedAt;

    public String verifiedBy;

    public Instant createdAt;

    public String createdBy;

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
