package org.compactdpa.portal.clients;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Every call goes out as the person using the portal: their access token (from the Keycloak code
 * flow, or the bearer token they came with) is the bearer token, so each service applies its own
 * rules to them; nobody signed in means no token. The portal keeps no data and has no rights of its
 * own. (Quarkus's token-propagation filter would do the first half; its artifact is not available
 * to this build.)
 */
@Provider
public class CallerHeaders implements ClientRequestFilter {

    /** More than any real browser sends, and more than the evidence trail needs. */
    static final int USER_AGENT_LIMIT = 512;

    private final SecurityIdentity identity;
    private final RoutingContext page;

    public CallerHeaders(SecurityIdentity identity, RoutingContext page) {
        this.identity = identity;
        this.page = page;
    }

    @Override
    public void filter(ClientRequestContext request) {
        MultivaluedMap<String, Object> headers = request.getHeaders();
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
        forwardTheBrowser(page.request(), headers);
    }

    /**
     * The services record who did what from where (a signature's address and user agent, say): they
     * should see the person's browser, not the portal. The address travels as X-Forwarded-For, which
     * the services honour only from proxies they trust; the user agent travels as the user agent.
     */
    private static void forwardTheBrowser(HttpServerRequest browser, MultivaluedMap<String, Object> headers) {
        if (browser.remoteAddress() != null && browser.remoteAddress().host() != null) {
            headers.putSingle("X-Forwarded-For", browser.remoteAddress().host());
        }
        String userAgent = printable(browser.getHeader(HttpHeaders.USER_AGENT));
        if (!userAgent.isEmpty()) {
            headers.putSingle(HttpHeaders.USER_AGENT, userAgent);
        }
    }

    /** Printable ASCII only (a header may carry nothing else), cut to the limit. */
    static String printable(String userAgent) {
        if (userAgent == null) {
            return "";
        }
        String printable = userAgent.replaceAll("[^\\x20-\\x7E]", "").strip();
        return printable.substring(0, Math.min(printable.length(), USER_AGENT_LIMIT));
    }
}
