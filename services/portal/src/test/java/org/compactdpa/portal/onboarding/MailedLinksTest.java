package org.compactdpa.portal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.pages.PageException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class MailedLinksTest {

    private static final String TOKEN = "q3Vx-9a_Tb2LmN0pQrStUvWxYz0123456789abcdEFG";

    @Test
    void aTokenAsTheServiceWritesThemIsTakenAsItCame() {
        assertThat(MailedLinks.token(TOKEN, "Apply again.")).isEqualTo(TOKEN);
        assertThat(MailedLinks.token(" " + TOKEN + "\n", "Apply again.")).isEqualTo(TOKEN);
    }

    @Test
    void aMissingCutOffOrForeignTokenIsA404PageSayingWhatToDo() {
        for (String token : new String[] {null, "", TOKEN.substring(1), TOKEN + "A", TOKEN.replace('q', '+'), TOKEN.replace('q', '=')}) {
            assertThatThrownBy(() -> MailedLinks.token(token, "Apply again.")).as(String.valueOf(token))
                    .isInstanceOfSatisfying(PageException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.title()).isEqualTo("This link does not work");
                        assertThat(e.getMessage()).endsWith("Apply again.");
                    });
        }
    }

    @Test
    void aUsedOrExpiredLinkIsA410PageInTheServicesWords() {
        PageException gone = MailedLinks.linkRefusal(new ServiceProblem(410, "The link no longer works",
                "This invitation was accepted already; sign in instead", null), "Ask again.");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.getMessage()).isEqualTo("This invitation was accepted already; sign in instead.");

        PageException silent = MailedLinks.linkRefusal(new ServiceProblem(410, "Gone", null, null), "Ask again.");
        assertThat(silent.getMessage()).contains("used already").endsWith("Ask again.");
    }

    @Test
    void anUnknownTokenOrOneTheServiceCannotReadIsA404Page() {
        assertThat(MailedLinks.linkRefusal(new ServiceProblem(404, "Not found", null, null), "x").status()).isEqualTo(404);
        ServiceProblem unreadable = new ServiceProblem(422, "Invalid", "token: is not a token of a link of ours",
                List.of(Map.of("field", "token", "message", "is not a token of a link of ours")));
        assertThat(MailedLinks.linkRefusal(unreadable, "x").status()).isEqualTo(404);
    }

    @Test
    void otherRefusalsBelongOnTheForm() {
        ServiceProblem names = new ServiceProblem(422, "Invalid", "A new account needs a first and a last name",
                List.of(Map.of("field", "firstName", "message", "needed")));
        assertThat(MailedLinks.linkRefusal(names, "x")).isNull();
        assertThat(MailedLinks.linkRefusal(new ServiceProblem(409, "Conflict", "another organisation", null), "x")).isNull();
        assertThat(MailedLinks.linkRefusal(new ServiceProblem(429, "Too many requests", "try again in 5 s", null), "x")).isNull();
    }
}
