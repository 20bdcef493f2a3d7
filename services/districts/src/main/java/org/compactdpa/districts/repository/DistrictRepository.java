package org.compactdpa.districts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.districts.domain.District;

@ApplicationScoped
public class DistrictRepository implements PanacheRepositoryBase<District, UUID> {

    public Uni<Boolean> ncesIdTaken(String ncesId) {
        return count("ncesId", ncesId).map(count -> count > 0);
    }

    /** Districts by state and/or a case-insensitive fragment of the name, sorted by name. */
    public PanacheQuery<District> search(String state, String text) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (state != null) {
            where.add("state = :state");
            parameters.and("state", state);
        }
        if (text != null) {
            where.add("lower(name) like :text");
            parameters.and("text", "%" + text.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String query = where.isEmpty() ? "from District" : "from District where " + String.join(" and ", where);
        return find(query, Sort.by("name").and("id"), parameters);
    }
}
