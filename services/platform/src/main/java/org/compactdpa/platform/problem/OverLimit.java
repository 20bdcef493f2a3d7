package org.compactdpa.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;
import org.compactdpa.platform.validation.TotalLength;

/**
 * Recognises a value over its limit (a {@code @Size} maximum or a {@link TotalLength}) among
 * validation failures, and says the limit in the same words wherever it is declared.
 */
final class OverLimit {

    private OverLimit() {
    }

    /** The violation's message; for a value over a {@code @Size} maximum, one that states the maximum. */
    static String message(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Size size) {
            long actual = sizeOf(violation.getInvalidValue());
            if (actual > size.max()) {
                return violation.getInvalidValue() instanceof CharSequence
                        ? "must be at most " + size.max() + " characters"
                        : "must hold at most " + size.max() + " items";
            }
        }
        return violation.getMessage();
    }

    /** A value of the request body (not a parameter) over its maximum length or size. */
    static boolean inBody(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        boolean over = constraint instanceof TotalLength
                || constraint instanceof Size size && sizeOf(violation.getInvalidValue()) > size.max();
        return over && !isParameter(violation.getPropertyPath());
    }

    /** A path ending at a method parameter is a query, path or header value; a body's fields go deeper. */
    private static boolean isParameter(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last == null || last.getKind() == ElementKind.PARAMETER;
    }

    private static long sizeOf(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> items) {
            return items.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        if (value != null && value.getClass().isArray()) {
            return Array.getLength(value);
        }
        return -1;
    }
}
