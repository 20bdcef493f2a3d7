package org.compactdpa.portal.pages;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateGlobal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.contracts.vocabulary.UsState;

/** How codes read on a page: data elements by their Exhibit B names, statuses in plain words. */
public final class Labels {

    private Labels() {
    }

    /** Every Exhibit B data element, for filters and declaration forms. */
    @TemplateGlobal
    public static List<DataElement> dataElements() {
        return Arrays.asList(DataElement.values());
    }

    /** Agreement statuses a registry search can filter by. */
    @TemplateGlobal
    public static List<String> agreementStatuses() {
        return List.of("EXECUTED", "AWAITING_VENDOR", "AWAITING_DISTRICT", "EXPIRED", "TERMINATED", "DECLINED");
    }

    /** What a district's list says of a product. */
    @TemplateGlobal
    public static List<String> productStatuses() {
        return List.of("APPROVED", "PENDING", "NOT_APPROVED");
    }

    @TemplateGlobal
    public static List<SecurityFramework> securityFrameworks() {
        return Arrays.asList(SecurityFramework.values());
    }

    @TemplateGlobal
    public static List<UsState> states() {
        return Arrays.asList(UsState.values());
    }

    /** A data element code as Exhibit B names it ({@code STUDENT_NAME} reads "Student name"). */
    @TemplateExtension(matchName = "element")
    public static String element(Object code) {
        if (code == null) {
            return "";
        }
        try {
            return DataElement.valueOf(code.toString()).label();
        } catch (IllegalArgumentException e) {
            return words(code);
        }
    }

    /** An upper-case code in plain words: {@code AWAITING_VENDOR} reads "Awaiting vendor". */
    @TemplateExtension(matchName = "words")
    public static String words(Object code) {
        if (code == null) {
            return "";
        }
        String text = code.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The date part of an ISO instant or date, or an em dash when there is none. */
    @TemplateExtension(matchName = "day")
    public static String day(Object isoDateOrInstant) {
        if (isoDateOrInstant == null || isoDateOrInstant.toString().isBlank()) {
            return "\u2014";
        }
        String value = isoDateOrInstant.toString();
        return value.length() >= 10 ? value.substring(0, 10) : value;
    }

    /** An ISO instant to the minute, in UTC, for signatures and trails. */
    @TemplateExtension(matchName = "moment")
    public static String moment(Object isoInstant) {
        if (isoInstant == null) {
            return "\u2014";
        }
        String value = isoInstant.toString().replace('T', ' ');
        return value.length() >= 16 ? value.substring(0, 16) + " UTC" : value;
    }

    /** A CSS class for a status badge. */
    @TemplateExtension(matchName = "tone")
    public static String tone(Object status) {
        String s = status == null ? "" : status.toString();
        return switch (s) {
            case "EXECUTED", "APPROVED", "PUBLISHED", "AGREED", "ACCEPTED", "ANSWERED_BY_OFFER", "VERIFIED", "ACTIVE",
                    "DELIVERED" -> "good";
            case "EXPIRED", "TERMINATED", "DECLINED", "NOT_APPROVED", "REJECTED", "RETIRED", "DENIED", "REFUSED",
                    "REVOKED", "DISABLED", "FAILED" -> "bad";
            default -> "wait";
        };
    }

    /** The first twelve characters of a hash, enough for a person to compare. */
    @TemplateExtension(matchName = "short")
    public static String shortHash(Object hash) {
        String value = hash == null ? "" : hash.toString();
        return value.length() > 12 ? value.substring(0, 12) : value;
    }

    /** Whether a list read from JSON holds this value (as text). */
    @TemplateExtension(matchName = "holds")
    public static boolean holds(Object list, Object value) {
        return list instanceof java.util.Collection<?> c && value != null
                && c.stream().anyMatch(item -> value.toString().equals(String.valueOf(item)));
    }
}
