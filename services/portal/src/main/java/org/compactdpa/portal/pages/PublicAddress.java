package org.compactdpa.portal.pages;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Pattern;

/**
 * Where people reach the portal ({@code compact.portal.public-url}, COMPACT_PORTAL_PUBLIC_URL): the
 * origin every absolute link the portal writes starts with, the embed snippet, the 303s after a form,
 * and (through quarkus.oidc.authentication.redirect-path) where Keycloak sends people back after
 * signing in. It is configured rather than read from the request because the Host header is whatever
 * the caller chose to send: a link built from it could point a district's website, or a sign-in
 * round trip, at someone else's server.
 */
@ConfigMapping(prefix = "compact.portal")
public interface PublicAddress {

    /**
     * Scheme, host and port only (no path, no trailing slash): the pages link to absolute paths, so
     * the portal lives at the root of its origin.
     */
    @WithName("public-url")
    @Pattern(regexp = "https?://[^/?#\\s]+", message = "must be http(s)://host[:port], without a path or a trailing slash")
    String url();

    /** The absolute URL of a path of the portal ({@code path} starts with a slash). */
    default String of(String path) {
        return url() + path;
    }
}
