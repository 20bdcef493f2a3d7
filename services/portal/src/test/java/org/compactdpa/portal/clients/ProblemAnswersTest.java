package org.compactdpa.portal.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ProblemAnswersTest {

    @Test
    void aServiceThatCannotBeReachedIsUnavailable() {
        RuntimeException explained = ProblemAnswers.explain(new ProcessingException(new ConnectException("refused")));

        assertThat(explained).isInstanceOfSatisfying(ServiceProblem.class, p -> {
            assertThat(p.status()).isEqualTo(503);
            assertThat(p.isClientError()).isFalse();
        });
    }

    @Test
    void noAnswerInTimeIsUnavailableToo() {
        RuntimeException explained = ProblemAnswers.explain(new io.smallrye.mutiny.TimeoutException());

        assertThat(explained).isInstanceOfSatisfying(ServiceProblem.class, p -> assertThat(p.status()).isEqualTo(503));
    }

    @Test
    void anAnswerThatIsNotTheJsonExpectedIsAFailedService() {
        RuntimeException explained = ProblemAnswers.explain(
                new ProcessingException(new JsonParseException(null, "Unexpected character")));

        assertThat(explained).isInstanceOfSatisfying(ServiceProblem.class, p -> {
            assertThat(p.status()).isEqualTo(502);
            assertThat(p.title()).isEqualTo("Unexpected answer");
        });
    }

    @Test
    void aRefusalStaysWhatTheServiceSaidAndAPortalFaultStaysAFault() {
        ServiceProblem refusal = new ServiceProblem(409, "Conflict", "Already signed", null);
        IllegalStateException fault = new IllegalStateException("a bug");

        assertThat(ProblemAnswers.explain(new CompletionException(refusal))).isSameAs(refusal);
        assertThat(ProblemAnswers.explain(fault)).isSameAs(fault);
    }
}
