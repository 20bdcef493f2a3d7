package org.compactdpa.portal.obligations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.compactdpa.portal.clients.ServiceProblem;

/**
 * Dates and times as the forms send them (a date field, a time field, both UTC), checked before any call
 * so that a mistyped one is said above the form, named like the service names the field.
 */
final class When {

    private When() {
    }

    /** A date and a time of day in UTC as an ISO instant; either missing is the service's to refuse. */
    static String instant(String day, String time, String field) {
        if (day == null || time == null) {
            return null;
        }
        try {
            return LocalDate.parse(day).atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            throw ServiceProblem.invalidField("Check the date", "A date or time could not be read.", field,
                    "must be a date (YYYY-MM-DD) and a time (HH:MM)");
        }
    }

    /** An ISO day, or null when left empty. */
    static String day(String day, String field) {
        if (day == null) {
            return null;
        }
        try {
            return LocalDate.parse(day).toString();
        } catch (DateTimeParseException e) {
            throw ServiceProblem.invalidField("Check the date", "A date could not be read.", field,
                    "must be a date (YYYY-MM-DD)");
        }
    }
}
