package org.compactdpa.districts.publiclist;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The public list as an RFC 4180 CSV file: a header row, CRLF line ends, a field with a comma, quote
 * or line break quoted with its quotes doubled.
 */
final class PublicListCsv {

    private static final List<String> HEADER = List.of("product", "product_id", "vendor", "vendor_id", "status",
            "data_elements", "other_data_elements", "agreement_id", "relationship", "effective_on", "expires_on");

    private PublicListCsv() {
    }

    static String of(List<ListEntry> entries) {
        StringBuilder out = new StringBuilder(row(HEADER));
        for (ListEntry e : entries) {
            out.append(row(List.of(e.product(), e.productId(), e.vendor(), e.vendorId(), e.status(),
                    e.dataElements().stream().map(Enum::name).collect(Collectors.joining(";")),
                    e.otherDataElements() == null ? "" : e.otherDataElements(), e.agreementId(), e.relationship(),
                    e.effectiveOn() == null ? "" : e.effectiveOn(), e.expiresOn() == null ? "" : e.expiresOn())));
        }
        return out.toString();
    }

    static String row(List<?> fields) {
        return fields.stream().map(PublicListCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        // A leading =, +, - or @ would run as a formula in spreadsheet programs; neutralise it.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
