package org.compactdpa.districts.districts;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A school district (LEA), identified nationally by its seven-digit NCES id. */
@Entity
public class District extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(length = 2)
    public String state;

    @Column(length = 7)
    public String ncesId;

    public String contactName;

    public String contactEmail;

    public String website;

    public Instant createdAt;

    public String createdBy;

    public static Uni<Boolean> ncesIdTaken(String ncesId) {
        return count("ncesId", ncesId).map(count -> count > 0);
    }

    /** Districts by state and/or a case-insensitive fragment of the name, sorted by name. */
    public static PanacheQuery<District> search(String state, String text) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (state != null) {
            where.add("state = :state");
            parameters.and("state", state);
        }
        if (text != null) {
            where.add("lower(name) like :text");
            // The fragment is matched literally: a % or _ typed by a person is not a wildcard.
            parameters.and("text", "%" + text.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String query = where.isEmpty() ? "from District" : "from District where " + String.join(" and ", where);
        return find(query, Sort.by("name").and("id"), parameters);
    }
}
