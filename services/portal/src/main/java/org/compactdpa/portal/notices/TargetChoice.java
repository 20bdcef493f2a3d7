package org.compactdpa.portal.notices;

import io.quarkus.qute.TemplateData;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A vendor or product a district or consortium may follow, as an option of the subscription forms:
 * its id and the name people know it by (a product with its vendor's). Read from the public vendor
 * and product lists, as the vendors service writes them.
 */
@TemplateData
public record TargetChoice(String id, String label) {

    static List<TargetChoice> vendors(List<Map<String, Object>> vendors) {
        return vendors.stream().filter(v -> v.get("id") != null)
                .map(v -> new TargetChoice(v.get("id").toString(), vendorName(v)))
                .sorted(Comparator.comparing(TargetChoice::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    static List<TargetChoice> products(List<Map<String, Object>> products, List<Map<String, Object>> vendors) {
        Map<String, String> names = new HashMap<>();
        vendors.stream().filter(v -> v.get("id") != null).forEach(v -> names.put(v.get("id").toString(), vendorName(v)));
        return products.stream().filter(p -> p.get("id") != null).map(p -> {
            String name = Objects.toString(p.get("name"), p.get("id").toString());
            String vendor = names.get(String.valueOf(p.get("vendorId")));
            return new TargetChoice(p.get("id").toString(), vendor == null ? name : name + " (" + vendor + ")");
        }).sorted(Comparator.comparing(TargetChoice::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The name a vendor trades under, or its legal name. */
    private static String vendorName(Map<String, Object> vendor) {
        Object name = vendor.get("doingBusinessAs");
        if (name == null || name.toString().isBlank()) {
            name = vendor.get("legalName");
        }
        return Objects.toString(name, vendor.get("id").toString());
    }
}
