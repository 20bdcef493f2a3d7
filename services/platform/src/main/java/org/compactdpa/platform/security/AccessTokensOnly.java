package org.compactdpa.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token sent as {@code Authorization: Bearer} is accepted only if it is an access token issued for
 * the platform's API: Keycloak marks access tokens {@code typ: Bearer} (an ID token says {@code ID}),
 * and gives the access tokens of the platform's own clients the API audience. An ID token carries the
 * user's identity but was meant for the client that signed them in, not for an API; a token of another
 * client of the realm was issued for something else. Either could otherwise read what the user may read.
 *
 * <p>Quarkus already refuses a token without one of the configured audiences while verifying it
 * ({@code quarkus.oidc.token.audience}). That list also names the portal's own client id, because the
 * portal's code-flow session is kept as an ID token addressed to the portal; so the type and the API
 * audience are checked here, and only for bearer tokens: a code-flow session (an identity holding an
 * {@link IdTokenCredential}) is the portal's own and passes untouched.
 */
@ApplicationScoped
public class AccessTokensOnly implements SecurityIdentityAugmentor {

    /** What Keycloak writes into the {@code typ} claim of an access token. */
    static final String ACCESS_TOKEN_TYPE = "Bearer";

    private final String apiAudience;

    public AccessTokensOnly(@ConfigProperty(name = "compact.oidc.api-audience") String apiAudience) {
        this.apiAudience = apiAudience;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(AccessTokenCredential.class) == null
                || identity.getCredential(IdTokenCredential.class) != null) {
            return Uni.createFrom().item(identity);
        }
        if (identity.getPrincipal() instanceof JsonWebToken token
                && isApiAccessToken(token.getClaim("typ"), token.getAudience(), apiAudience)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException(
                "The bearer token is not an access token issued for " + apiAudience));
    }

    static boolean isApiAccessToken(Object type, Set<String> audience, String apiAudience) {
        // A claim the JWT library does not know may come back as a JSON value rather than a String.
        String text = type instanceof JsonString json ? json.getString() : type instanceof String s ? s : null;
        return ACCESS_TOKEN_TYPE.equals(text) && audience != null && audience.contains(apiAudience);
    }
}
