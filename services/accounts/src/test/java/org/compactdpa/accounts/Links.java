package org.compactdpa.accounts;

import java.time.Duration;
import org.compactdpa.testing.TestMail;

/** Reads the links this service mails, from the real mail server, as the recipient would. */
public final class Links {

    /** Where the links point in the tests: the portal's default address. */
    public static final String CONFIRMATION = "http://127.0.0.1:8080/vendor-applications/confirm?token=";
    public static final String INVITATION = "http://127.0.0.1:8080/invitations/accept?token=";

    private Links() {
    }

    /** The token of the newest mail to the address carrying a link that starts so. */
    public static String tokenFrom(String email, String linkPrefix) {
        TestMail.Message mail = TestMail.get().awaitMessage(email, m -> m.text().contains(linkPrefix),
                Duration.ofSeconds(30));
        return mail.linkStartingWith(linkPrefix).substring(linkPrefix.length());
    }

    public static String confirmationToken(String email) {
        return tokenFrom(email, CONFIRMATION);
    }

    public static String invitationToken(String email) {
        return tokenFrom(email, INVITATION);
    }

    /** Keycloak's own mail asking the person to set a password (its execute-actions mail). */
    public static TestMail.Message passwordMail(String email) {
        return TestMail.get().awaitMessage(email, m -> m.text().contains("/login-actions/action-token"),
                Duration.ofSeconds(30));
    }

    /** A fresh address nobody has used. */
    public static String freshAddress(String who) {
        return who + "-" + Long.toHexString(System.nanoTime()) + "@example.org";
    }
}
