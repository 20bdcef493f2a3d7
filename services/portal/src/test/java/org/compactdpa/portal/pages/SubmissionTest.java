package org.compactdpa.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import org.compactdpa.portal.clients.ServiceProblem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class SubmissionTest {

    @Test
    void anAcceptedFormGoesOnToTheNextPage() {
        UUID created = UUID.randomUUID();

        Object answer = Submission.of(() -> created, id -> "/agreements/" + id + "/review", refusal -> "the form again");

        assertThat(answer).isEqualTo(new SeeOther("/agreements/" + created + "/review"));
    }

    @Test
    void aRefusedFormIsShownAgainWithWhatTheServiceSaid() {
        ServiceProblem refusal = new ServiceProblem(422, "Unprocessable", "termsId: not known here (yet)",
                List.of(java.util.Map.of("field", "termsId", "message", "not known here (yet)")));

        Object answer = Submission.of(() -> {
            throw refusal;
        }, ignored -> "/next", problem -> problem);

        assertThat(answer).isSameAs(refusal);
        assertThat(refusal.names("termsId")).isTrue();
        assertThat(refusal.names("districtId")).isFalse();
    }

    @Test
    void anOutageIsNotTheFormsFaultAndBecomesAnErrorPage() {
        ServiceProblem outage = new ServiceProblem(503, "Service unavailable", null, null);

        assertThatThrownBy(() -> Submission.of(() -> {
            throw outage;
        }, ignored -> "/next", problem -> problem)).isSameAs(outage);
    }

    @Test
    void anAnswerToBeShownAtOnceIsShownInsteadOfRedirecting() {
        assertThat(Submission.showing(Uni.createFrom().item("whsec_once"), secret -> "page with " + secret,
                refusal -> "the form again")).isEqualTo("page with whsec_once");

        ServiceProblem refusal = new ServiceProblem(422, "Unprocessable", "address refused", null);
        assertThat(Submission.showing(Uni.createFrom().<String>failure(refusal), secret -> "page with " + secret,
                problem -> problem)).isSameAs(refusal);

        ServiceProblem outage = new ServiceProblem(502, "A service failed", null, null);
        assertThatThrownBy(() -> Submission.showing(Uni.createFrom().<String>failure(outage), secret -> secret,
                problem -> problem)).isSameAs(outage);
    }
}
