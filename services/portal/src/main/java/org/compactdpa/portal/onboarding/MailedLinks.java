package org.compactdpa.portal.onboarding;

import java.util.regex.Pattern;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.pages.PageException;

/**
 * The links the accounts service mails (confirming an application, accepting an invitation) lead to
 * pages of the portal that send the token back. A link that cannot work is an error page that says
 * why and what to do, with the status the service gave: 404 for a link it never mailed (or one a newer
 * mail replaced), 410 for one that was used, withdrawn or has expired.
 */
final class MailedLinks {

    /** 256 bits in URL-safe Base64 without padding: what every mailed token looks like. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private MailedLinks() {
    }

    /**
     * The token of a link as it arrived, or a 404 page when it cannot be one of ours (cut off by a
     * mail program, say): no call is made for it.
     */
    static String token(String value, String whatNow) {
        String token = value == null ? "" : value.strip();
        if (!TOKEN.matcher(token).matches()) {
            throw unknown(whatNow);
        }
        return token;
    }

    /**
     * The error page for a refusal that means the link itself does not work, or null when the refusal
     * is about something else (a name, an account elsewhere, too many tries) and belongs on the form.
     */
    static PageException linkRefusal(ServiceProblem problem, String whatNow) {
        if (problem.status() == 404 || problem.status() == 422 && problem.names("token")) {
            return unknown(whatNow);
        }
        if (problem.status() == 410) {
            // The service says which it was (used, withdrawn, expired on a date) and what to do next.
            return new PageException(410, "This link no longer works", problem.detail() == null
                    ? "It was used already, withdrawn, or it has expired. " + whatNow : sentence(problem.detail()));
        }
        return null;
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }

    private static PageException unknown(String whatNow) {
        return new PageException(404, "This link does not work",
                "Compact did not send this link, or a newer mail replaced it. Check that the whole link from the mail"
                        + " was opened (some mail programs break long links in two). " + whatNow);
    }
}
