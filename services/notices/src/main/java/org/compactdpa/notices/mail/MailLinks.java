package org.compactdpa.notices.mail;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Notices hold portal paths; mail needs whole addresses. */
@ApplicationScoped
public class MailLinks {

    private final String portal;

    public MailLinks(@ConfigProperty(name = "compact.notices.portal-url") String portal) {
        this.portal = portal.endsWith("/") ? portal.substring(0, portal.length() - 1) : portal;
    }

    /** The portal address of a path; empty for none. */
    public String absolute(String path) {
        return path == null || path.isBlank() ? "" : portal + (path.startsWith("/") ? path : "/" + path);
    }

    public String preferences() {
        return portal + "/inbox/preferences";
    }
}
