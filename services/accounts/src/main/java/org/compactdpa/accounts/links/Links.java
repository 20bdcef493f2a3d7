package org.compactdpa.accounts.links;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.compactdpa.platform.problem.ProblemException;

/** Why a link does not work, in the words the person who followed it needs. */
public final class Links {

    private Links() {
    }

    /** No link with this token was ever mailed, or a newer one replaced it. */
    public static ProblemException unknown() {
        return new ProblemException(404, "not-found", "Not found",
                "This link is not valid: it may have been mistyped, or replaced by a newer one", List.of());
    }

    /** The link was used already, withdrawn, or has expired: 410, it will never work again. */
    public static ProblemException gone(String detail) {
        return new ProblemException(410, "link-gone", "The link no longer works", detail, List.of());
    }

    /** Refuses an expired link. */
    public static void requireUnexpired(Instant expiresAt, Clock clock, String whatToDo) {
        if (!clock.instant().isBefore(expiresAt)) {
            throw gone("This link expired on " + expiresAt + "; " + whatToDo);
        }
    }
}
