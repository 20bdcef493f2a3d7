package org.compactdpa.notices.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification, so any implementation of it verifies ours. */
    @Test
    void signsAsTheStandardWebhooksSpecificationShows() {
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void eachSecretIsNewAnd32Bytes() {
        String one = WebhookSignature.newSecret();
        String two = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").isNotEqualTo(two);
        assertThat(Base64.getDecoder().decode(one.substring("whsec_".length()))).hasSize(32);
        assertThat(WebhookSignature.sign(one, "id", 1, "{}")).isNotEqualTo(WebhookSignature.sign(two, "id", 1, "{}"))
                .isNotEqualTo(WebhookSignature.sign(one, "id", 2, "{}"));
    }
}
