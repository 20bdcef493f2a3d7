package org.compactdpa.districts.rest.csv;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled. */
public final class Csv {

    private Csv() {
    }

    public static String row(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
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
