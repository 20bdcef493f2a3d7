package org.compactdpa.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated user of the current request and the organisation they act for. This is the one
 * place that reads the organisation claims ({@code org_type}, {@code org_id}) of the access token:
 * tenancy comes from the verified token, never from the request body.
 */
@RequestScoped
public class Caller {

    public static final String ORG_ID_CLAIM = "org_id";
    public static final String ORG_TYPE_CLAIM = "org_type";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The token subject: the stable id of the person. */
    public String subject() {
        return token.getSubject();
    }

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null ? name : username();
    }

    public String email() {
        return token.getClaim("email");
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(Roles.PLATFORM_ADMIN);
    }

    public Optional<OrganisationType> organisationType() {
        String type = token.getClaim(ORG_TYPE_CLAIM);
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrganisationType.valueOf(type));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<UUID> organisationId() {
        String id = token.getClaim(ORG_ID_CLAIM);
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the caller acts for exactly this organisation. */
    public boolean actsFor(OrganisationType type, UUID organisationId) {
        return organisationType().filter(type::equals).isPresent()
                && organisationId().filter(organisationId::equals).isPresent();
    }

    /** The organisation of the given type the caller acts for, or 403 if the token carries none. */
    public UUID requireOrganisation(OrganisationType type) {
        if (organisationType().filter(type::equals).isEmpty() || organisationId().isEmpty()) {
            throw ProblemException.forbidden("Your account does not act for a " + type.name().toLowerCase()
                    + "; ask a platform administrator to link it to one");
        }
        return organisationId().get();
    }

    /** Refuses (403) unless the caller acts for this organisation or is a platform administrator. */
    public void requireActsFor(OrganisationType type, UUID organisationId) {
        if (!isPlatformAdmin() && !actsFor(type, organisationId)) {
            throw ProblemException.forbidden("You act for another " + type.name().toLowerCase()
                    + " and cannot act for " + organisationId);
        }
    }
}
