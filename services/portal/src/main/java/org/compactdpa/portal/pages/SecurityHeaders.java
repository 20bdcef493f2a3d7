package org.compactdpa.portal.pages;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every answer of the portal carries, whoever writes it (a page, an error page, the
 * stylesheet, a sign-in redirect, Quarkus's own /q endpoints). They are set just before the headers
 * go out, so nothing answered later in the request can forget them.
 *
 * <ul>
 *   <li>Content-Security-Policy: the pages need nothing but their own stylesheet, so everything else
 *       is refused (no script at all, inline or not); forms go only to the portal or to the sign-in
 *       server (an expired session's form post is redirected there); no page may be framed by another
 *       site, except a district's list in its {@code ?embed=true} form, which any site may frame.</li>
 *   <li>X-Frame-Options: DENY as well, for browsers that predate frame-ancestors; not on the embed.</li>
 *   <li>X-Content-Type-Options: nosniff, so an answer is only ever read as the type it declares.</li>
 *   <li>Referrer-Policy: strict-origin-when-cross-origin: another site learns only that a visitor came
 *       from the portal, never which agreement, negotiation or search they were looking at; the
 *       portal's own pages keep full referrers.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Marks the request whose page any site may frame. */
    private static final String FRAMEABLE = SecurityHeaders.class.getName() + ".frameable";

    private final RoutingContext current;
    private final String signIn;

    public SecurityHeaders(RoutingContext current, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String signInServer) {
        this.current = current;
        this.signIn = originOf(signInServer);
    }

    /** Runs first, before authentication, so that even the sign-in redirect and a refusal carry the headers. */
    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(context -> {
            context.addHeadersEndHandler(ignored -> apply(context));
            context.next();
        });
    }

    /** The page being answered may be shown in a frame on any website (a district's list, embedded). */
    public void allowFramingByAnySite() {
        current.put(FRAMEABLE, Boolean.TRUE);
    }

    private void apply(RoutingContext context) {
        MultiMap headers = context.response().headers();
        boolean frameable = Boolean.TRUE.equals(context.get(FRAMEABLE));
        if (frameable) {
            headers.remove("X-Frame-Options");
        }
        forAnswer(context.normalizedPath(), headers.get(HttpHeaders.CONTENT_TYPE), frameable, signIn).forEach(headers::set);
    }

    /** The headers for an answer at {@code path} of this content type. */
    static Map<String, String> forAnswer(String path, String contentType, boolean frameable, String signInOrigin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", policy(path, contentType, frameable, signInOrigin));
        if (!frameable) {
            headers.put("X-Frame-Options", "DENY");
        }
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        return headers;
    }

    private static String policy(String path, String contentType, boolean frameable, String signInOrigin) {
        String ancestors = "frame-ancestors " + (frameable ? "*" : "'none'");
        boolean pdf = contentType != null && contentType.startsWith("application/pdf");
        if (pdf || path == null || path.startsWith("/q/")) {
            // The browser's PDF viewer, and Quarkus's own tools (Swagger UI runs inline scripts), bring
            // code of their own that the pages' policy would stop; they still may not be framed.
            return ancestors;
        }
        return "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' " + signInOrigin
                + "; base-uri 'none'; " + ancestors;
    }

    /** Scheme, host and port of a URL: what a CSP source names. */
    static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
