package org.compactdpa.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class RouteProblemsTest {

    @Test
    void aRefusalCarriesTheFieldsOfEveryOtherProblem() {
        JsonObject problem = RouteProblems.body(413, "too-large", "The request body is too large", "at most 10 bytes",
                "/api/verify");

        assertThat(problem.getString("type")).isEqualTo("https://compactdpa.org/problems/too-large");
        assertThat(problem.getString("title")).isEqualTo("The request body is too large");
        assertThat(problem.getInteger("status")).isEqualTo(413);
        assertThat(problem.getString("detail")).isEqualTo("at most 10 bytes");
        assertThat(problem.getString("instance")).isEqualTo("/api/verify");
    }

    @Test
    void theInstanceIsLeftOutWhenThePathCannotBeRepeatedSafely() {
        assertThat(RouteProblems.instanceOf("/api/registry")).isEqualTo("/api/registry");
        assertThat(RouteProblems.instanceOf("/api/x%0D%0AINFO%20forged")).isNull();
        assertThat(RouteProblems.instanceOf("/api/a b")).isNull();
        assertThat(RouteProblems.body(400, "bad-url", "t", "d", null).containsKey("instance")).isFalse();
    }
}
