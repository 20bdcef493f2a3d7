package org.compactdpa.portal.notices;

import io.quarkus.logging.Log;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import org.compactdpa.portal.clients.NoticesClient;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The unread count beside "Inbox" in the header ({@code inject:inboxCount}). It is a nicety on every
 * page, so it must cost little and never cost the page: one call per request, at most a second's
 * wait, and any failure (the notices service down, slow, refusing) only leaves the count out.
 */
@Named("inboxCount")
@RequestScoped
public class InboxCount {

    /** Longer than a healthy service takes by far; short enough that nobody waits on a sick one. */
    static final Duration WAIT = Duration.ofSeconds(1);
    /** The service counts up to 1,000; anything from there on reads "999+". */
    static final long SHOWN_UP_TO = 999;

    private final NoticesClient notices;
    private final Viewer viewer;
    private boolean asked;
    private String label;

    public InboxCount(@RestClient NoticesClient notices, Viewer viewer) {
        this.notices = notices;
        this.viewer = viewer;
    }

    /** The count as the header shows it, or null: nothing unread, nobody signed in, or no answer in time. */
    public String getLabel() {
        if (!asked) {
            asked = true;
            label = ask();
        }
        return label;
    }

    private String ask() {
        // A page rendered on the event loop (a refusal before any page ran) may not wait: it does without.
        if (!viewer.isSignedIn() || !BlockingOperationControl.isBlockingAllowed()) {
            return null;
        }
        try {
            return label(notices.unreadCount().await().atMost(WAIT).unread());
        } catch (RuntimeException e) {
            Log.debugf("no unread count for the header: %s", e.getMessage());
            return null;
        }
    }

    /** "3", "999+", or null for none. */
    static String label(long unread) {
        if (unread <= 0) {
            return null;
        }
        return unread > SHOWN_UP_TO ? SHOWN_UP_TO + "+" : Long.toString(unread);
    }
}
