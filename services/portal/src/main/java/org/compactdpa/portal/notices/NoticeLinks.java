package org.compactdpa.portal.notices;

import io.quarkus.qute.TemplateExtension;
import org.compactdpa.portal.clients.Notice;

/**
 * Which links in a notice become links on the page: only paths of the portal itself. A notice's text
 * and link come from events other services wrote, so anything else (another site, {@code javascript:},
 * a protocol-relative {@code //host}, which a browser would open elsewhere) is shown as text.
 */
public final class NoticeLinks {

    private NoticeLinks() {
    }

    /** The notice's link when it is a path of the portal, otherwise null ({@code notice.portalLink}). */
    @TemplateExtension
    public static String portalLink(Notice notice) {
        return isPortalPath(notice.link()) ? notice.link() : null;
    }

    /** A path starting with one slash; browsers read "//" and "/\" as the start of another host. */
    static boolean isPortalPath(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\")) {
            return false;
        }
        return link.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
    }
}
