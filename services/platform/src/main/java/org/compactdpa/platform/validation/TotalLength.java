package org.compactdpa.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collection;

/**
 * The characters of all items of a list together are at most {@code max}: for lists whose items are
 * each bounded but whose sum must be bounded too (the clauses of a version). The items say how many
 * characters they hold by implementing {@link Measured}; null items and other items count nothing.
 */
@Documented
@Constraint(validatedBy = TotalLength.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface TotalLength {

    int max();

    String message() default "must hold at most {max} characters in all";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** An item that knows how many characters of text it carries. */
    interface Measured {
        long measuredLength();
    }

    /** Sums the items' lengths; a null list is for other constraints to judge. */
    class Validator implements ConstraintValidator<TotalLength, Collection<?>> {

        private long max;

        @Override
        public void initialize(TotalLength annotation) {
            this.max = annotation.max();
        }

        @Override
        public boolean isValid(Collection<?> items, ConstraintValidatorContext context) {
            return items == null || total(items) <= max;
        }

        public static long total(Collection<?> items) {
            long total = 0;
            for (Object item : items) {
                if (item instanceof Measured measured) {
                    total += measured.measuredLength();
                }
            }
            return total;
        }
    }
}
