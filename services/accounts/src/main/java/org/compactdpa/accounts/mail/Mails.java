package org.compactdpa.accounts.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import org.compactdpa.accounts.links.IssuedLink;
import org.compactdpa.platform.problem.ProblemException;

/**
 * The mails this service sends, in plain text, through the configured SMTP server. A link appears in
 * its mail and nowhere else: a failure is logged without the mail's text. Sending happens inside the
 * transaction that stores the link's hash, so a mail that could not be sent leaves nothing behind.
 */
@ApplicationScoped
public class Mails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ReactiveMailer mailer;

    public Mails(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    /** Asks an applicant to confirm their e-mail address, which creates the vendor and their account. */
    public Uni<Void> applicationConfirmation(String to, String firstName, String company, IssuedLink link) {
        String text = String.join("\n",
                "Hello " + firstName + ",",
                "",
                "you applied to register " + company + " on Compact, where school districts and vendors sign",
                "student data privacy agreements. To confirm that this address is yours, open this link:",
                "",
                link.url(),
                "",
                "It works once, until " + WHEN.format(link.expiresAt()) + ". Confirming registers the vendor",
                "(unverified until a coordinator checks it) and your account; Keycloak, where you sign in,",
                "then sends you a separate mail to choose your password.",
                "",
                "If you did not apply, ignore this mail: nothing happens without the link.");
        return send(to, "Confirm your vendor application on Compact", text);
    }

    /** Invites a person to act for an organisation with the roles. */
    public Uni<Void> invitation(String to, String inviter, String organisation, Collection<String> roles,
            IssuedLink link) {
        String text = String.join("\n",
                "Hello,",
                "",
                inviter + " invites you to work for " + organisation + " on Compact, where school districts",
                "and vendors sign student data privacy agreements, with these roles: " + String.join(", ", roles) + ".",
                "To accept, open this link:",
                "",
                link.url(),
                "",
                "It works once, until " + WHEN.format(link.expiresAt()) + ". If you have no account yet,",
                "Keycloak, where you sign in, then sends you a separate mail to choose your password.",
                "",
                "If you did not expect this invitation, ignore this mail.");
        return send(to, "Your invitation to " + organisation + " on Compact", text);
    }

    private Uni<Void> send(String to, String subject, String text) {
        return mailer.send(Mail.withText(to, subject, text))
                .onFailure().transform(failure -> {
                    Log.warnf("Could not send \"%s\" to %s: %s", subject, to, failure.getClass().getSimpleName());
                    return new ProblemException(503, "mail-unavailable", "The mail could not be sent",
                            "The mail to " + to + " could not be sent; nothing was saved, try again in a moment", List.of());
                });
    }

    /** The time a link expires, as the mails write it. */
    public static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
