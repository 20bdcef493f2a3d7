package org.compactdpa.portal.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.security.Caller;

/**
 * The person looking at a page, as templates see it ({@code inject:viewer}): signed in or not,
 * their name, and which parts of the portal are theirs. Organisation and roles come from the
 * shared {@link Caller}, so the portal reads the token the way every service does.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final Caller caller;

    public Viewer(Caller caller) {
        this.caller = caller;
    }

    public boolean isSignedIn() {
        return !caller.isAnonymous();
    }

    public String getName() {
        return isSignedIn() ? caller.displayName() : null;
    }

    public UUID getOrganisationId() {
        return caller.organisationId().orElse(null);
    }

    public boolean isVendor() {
        return caller.organisationType().filter(OrganisationType.VENDOR::equals).isPresent()
                && (caller.hasRole(Roles.VENDOR_STAFF) || caller.hasRole(Roles.VENDOR_SIGNER));
    }

    public boolean isDistrict() {
        return caller.organisationType().filter(OrganisationType.DISTRICT::equals).isPresent()
                && (caller.hasRole(Roles.DISTRICT_STAFF) || caller.hasRole(Roles.DISTRICT_SIGNER));
    }

    public boolean isCoordinator() {
        return caller.organisationType().filter(OrganisationType.CONSORTIUM::equals).isPresent()
                && caller.hasRole(Roles.COORDINATOR);
    }

    /**
     * Administers the people of an organisation: a district's or a vendor's administrator (their own),
     * a coordinator (their consortium and its member districts), a platform administrator (any).
     */
    public boolean isPeopleAdmin() {
        return caller.isPlatformAdmin() || isCoordinator()
                || caller.organisationType().filter(OrganisationType.DISTRICT::equals).isPresent()
                        && caller.hasRole(Roles.DISTRICT_ADMIN)
                || caller.organisationType().filter(OrganisationType.VENDOR::equals).isPresent()
                        && caller.hasRole(Roles.VENDOR_ADMIN);
    }

    /** Follows vendors and products to hear of their changes: a district's people, coordinators. */
    public boolean isSubscriber() {
        return isCoordinator() || caller.organisationType().filter(OrganisationType.DISTRICT::equals).isPresent()
                && (caller.hasRole(Roles.DISTRICT_STAFF) || caller.hasRole(Roles.DISTRICT_SIGNER)
                        || caller.hasRole(Roles.DISTRICT_ADMIN));
    }

    /** Registers its organisation's webhooks: a district's or a vendor's administrator, a coordinator. */
    public boolean isWebhookAdmin() {
        return isCoordinator()
                || caller.organisationType().filter(OrganisationType.DISTRICT::equals).isPresent()
                        && caller.hasRole(Roles.DISTRICT_ADMIN)
                || caller.organisationType().filter(OrganisationType.VENDOR::equals).isPresent()
                        && caller.hasRole(Roles.VENDOR_ADMIN);
    }

    /** Works for a vendor in any role (staff, signer, administrator): its incidents, requests and audits. */
    public boolean isVendorMember() {
        return caller.organisationType().filter(OrganisationType.VENDOR::equals).isPresent()
                && (caller.hasRole(Roles.VENDOR_STAFF) || caller.hasRole(Roles.VENDOR_SIGNER)
                        || caller.hasRole(Roles.VENDOR_ADMIN));
    }

    /** Works for a district in any role (staff, signer, administrator). */
    public boolean isDistrictMember() {
        return caller.organisationType().filter(OrganisationType.DISTRICT::equals).isPresent()
                && (caller.hasRole(Roles.DISTRICT_STAFF) || caller.hasRole(Roles.DISTRICT_SIGNER)
                        || caller.hasRole(Roles.DISTRICT_ADMIN));
    }

    /** Signs for a vendor: attests that a district's data was returned or destroyed. */
    public boolean isVendorSigner() {
        return caller.organisationType().filter(OrganisationType.VENDOR::equals).isPresent()
                && caller.hasRole(Roles.VENDOR_SIGNER);
    }

    /** Has duties after signing to see (breaches, disposition, audits): a vendor's or a district's people, coordinators. */
    public boolean isObligationsParty() {
        return isVendorMember() || isDistrictMember() || isCoordinator();
    }

    /** Decides vendor applications: coordinators and platform administrators. */
    public boolean isApplicationReviewer() {
        return isCoordinator() || caller.isPlatformAdmin();
    }

    public boolean isPlatformAdmin() {
        return caller.isPlatformAdmin();
    }

    /** The kind of organisation the person acts for ({@code DISTRICT}, {@code VENDOR}, {@code CONSORTIUM}), or null. */
    public String getOrganisationType() {
        return caller.organisationType().map(Enum::name).orElse(null);
    }

    /** The realm roles of the person. */
    public Set<String> getRoles() {
        return caller.roles();
    }

    /** May sign for their organisation (vendor-signer or district-signer). */
    public boolean isSigner() {
        return caller.hasRole(Roles.VENDOR_SIGNER) || caller.hasRole(Roles.DISTRICT_SIGNER);
    }

    /** Where "my work" is for this person. */
    public String getHome() {
        if (isVendor()) {
            return "/vendor";
        }
        if (isDistrict()) {
            return "/district";
        }
        if (isCoordinator()) {
            return "/coordinator";
        }
        if (isPlatformAdmin()) {
            return "/coordinator/vendor-applications";
        }
        if (isPeopleAdmin()) {
            return "/people";
        }
        return "/";
    }

    /** The organisation this page needs, or a 403 page explaining what is missing. */
    public UUID require(boolean allowed, String what) {
        if (!isSignedIn()) {
            throw new PageException(401, "Please sign in", "Sign in to " + what + ".");
        }
        if (!allowed || getOrganisationId() == null) {
            throw new PageException(403, "Not available to your account",
                    "Your account cannot " + what + ". Ask a platform administrator if this is wrong.");
        }
        return getOrganisationId();
    }
}
