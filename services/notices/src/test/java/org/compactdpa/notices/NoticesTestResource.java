package org.compactdpa.notices;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.compactdpa.testing.TestMail;

/** A real SMTP server for the notices' mail; the tests read what arrived as a person reads a mailbox. */
public class NoticesTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestMail mail = TestMail.get();
        return Map.of("quarkus.mailer.host", mail.smtpHost(), "quarkus.mailer.port", String.valueOf(mail.smtpPort()));
    }

    @Override
    public void stop() {
        // The mail server lives as long as the JVM, like the other components.
    }
}
