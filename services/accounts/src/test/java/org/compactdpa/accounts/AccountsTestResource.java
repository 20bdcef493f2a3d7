package org.compactdpa.accounts;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.compactdpa.testing.TestInfrastructure;
import org.compactdpa.testing.TestMail;

/**
 * What the accounts service needs beyond the shared components: Keycloak's admin API (the test realm's
 * server, as the realm's own service account compact-accounts) and a real SMTP server, to which the
 * realm sends its own mails as well.
 */
public class AccountsTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String realmUrl = TestInfrastructure.get().realmUrl();
        TestMail mail = TestMail.get();
        mail.pointRealmAt(realmUrl);
        return Map.of(
                "quarkus.keycloak.admin-client.server-url", realmUrl.replaceAll("/realms/compact$", ""),
                "quarkus.mailer.host", mail.smtpHost(),
                "quarkus.mailer.port", String.valueOf(mail.smtpPort()));
    }

    @Override
    public void stop() {
        // The mail server lives as long as the JVM, like the other components.
    }
}
