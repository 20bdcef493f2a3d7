package org.compactdpa.portal.obligations;

import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.portal.clients.Agreement;
import org.compactdpa.portal.clients.Page;

/** A district a vendor may name when filing an incident: one holding an agreement of the vendor in force. */
@TemplateData
record DistrictChoice(UUID id, String name) {

    /** Each district once, by name, from the vendor's executed agreements and adoptions. */
    static List<DistrictChoice> of(Page<Agreement> agreements) {
        Map<UUID, DistrictChoice> districts = new LinkedHashMap<>();
        agreements.items().stream().filter(a -> "EXECUTED".equals(a.status()) && a.districtId() != null)
                .forEach(a -> districts.putIfAbsent(a.districtId(), new DistrictChoice(a.districtId(),
                        a.district() == null ? a.districtId().toString() : a.district())));
        return districts.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }
}
