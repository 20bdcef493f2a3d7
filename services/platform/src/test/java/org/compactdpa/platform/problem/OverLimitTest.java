package org.compactdpa.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.compactdpa.platform.validation.TotalLength;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class OverLimitTest {

    record Line(String text) implements TotalLength.Measured {
        @Override
        public long measuredLength() {
            return text.length();
        }
    }

    record Body(@Size(max = 3) String name, @Size(max = 2) List<@Size(max = 1) String> tags,
            @NotBlank(message = "must not be blank") String title, @TotalLength(max = 5) List<Line> lines) {
    }

    public static class Resource {
        public void create(@Valid Body body) {
        }

        public void search(@Size(max = 3) String q) {
        }
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aTextOrAListOverItsMaximumSaysTheMaximumAndIsA422() throws Exception {
        Set<ConstraintViolation<Resource>> violations = create(new Body("abcd", List.of("a", "b", "c"), "t",
                List.of(new Line("abc"), new Line("def"))));

        assertThat(violations).extracting(OverLimit::message).containsExactlyInAnyOrder(
                "must be at most 3 characters", "must hold at most 2 items", "must hold at most 5 characters in all");
        assertThat(violations).allMatch(OverLimit::inBody);
        assertThat(status(violations)).isEqualTo(422);
    }

    @Test
    void aListElementOverItsMaximumIsNamedByItsIndex() throws Exception {
        Set<ConstraintViolation<Resource>> violations = create(new Body("abc", List.of("a", "bc"), "t", List.of()));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(OverLimit.message(v)).isEqualTo("must be at most 1 characters");
            assertThat(v.getPropertyPath().toString()).contains("tags[1]");
        });
        assertThat(status(violations)).isEqualTo(422);
    }

    @Test
    void anyOtherFailureAmongThemKeepsTheRequestA400() throws Exception {
        Set<ConstraintViolation<Resource>> violations = create(new Body("abcd", List.of(), " ", List.of()));

        assertThat(violations).extracting(OverLimit::message)
                .containsExactlyInAnyOrder("must be at most 3 characters", "must not be blank");
        assertThat(status(violations)).isEqualTo(400);
    }

    @Test
    void aQueryValueOverItsMaximumIsABadParameter() throws Exception {
        Method search = Resource.class.getMethod("search", String.class);
        Set<ConstraintViolation<Resource>> violations = VALIDATOR.forExecutables()
                .validateParameters(new Resource(), search, new Object[] {"abcd"});

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(OverLimit.message(v)).isEqualTo("must be at most 3 characters");
            assertThat(OverLimit.inBody(v)).isFalse();
        });
        assertThat(status(violations)).isEqualTo(400);
    }

    private static Set<ConstraintViolation<Resource>> create(Body body) throws Exception {
        Method create = Resource.class.getMethod("create", Body.class);
        return VALIDATOR.forExecutables().validateParameters(new Resource(), create, new Object[] {body});
    }

    private static int status(Set<? extends ConstraintViolation<?>> violations) {
        try (Response response = new ProblemMappers().invalid(new ConstraintViolationException(violations), null)) {
            return response.getStatus();
        }
    }
}
