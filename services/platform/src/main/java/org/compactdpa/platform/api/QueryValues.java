package org.compactdpa.platform.api;

import java.util.Arrays;
import java.util.Locale;
import org.compactdpa.platform.problem.ProblemException;

/** Reads filter values from query parameters, answering 400 naming the parameter when one is wrong. */
public final class QueryValues {

    private QueryValues() {
    }

    /** The enum constant named by {@code value} (case-insensitive); null when absent or blank. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
