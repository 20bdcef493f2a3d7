package org.compactdpa.vendors.vendors;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/** Who may do what to a vendor: the rules in one place. */
@ApplicationScoped
public class VendorAccess {

    private final Caller caller;

    public VendorAccess(Caller caller) {
        this.caller = caller;
    }

    /** Its own staff, or a coordinator or platform admin, may edit a vendor's profile. */
    public void requireProfileEditor(UUID vendorId) {
        if (caller.hasRole(Roles.COORDINATOR) || caller.isPlatformAdmin()) {
            return;
        }
        requireOwnStaff(vendorId);
    }

    /**
     * The vendor's own staff, or a platform admin: who may speak for the vendor about what it offers
     * (its products and their declarations). Coordinators may not.
     */
    public void requireStaffOf(UUID vendorId) {
        if (caller.isPlatformAdmin()) {
            return;
        }
        requireOwnStaff(vendorId);
    }

    /** Contacts and history are for people who work with vendors; the public sees the company only. */
    public boolean maySeeContacts(UUID vendorId) {
        return !caller.isAnonymous() && (caller.isPlatformAdmin() || caller.hasRole(Roles.COORDINATOR)
                || caller.hasRole(Roles.DISTRICT_STAFF) || caller.hasRole(Roles.DISTRICT_SIGNER)
                || caller.actsFor(OrganisationType.VENDOR, vendorId));
    }

    private void requireOwnStaff(UUID vendorId) {
        if (!caller.hasRole(Roles.VENDOR_STAFF) || !caller.actsFor(OrganisationType.VENDOR, vendorId)) {
            throw ProblemException.forbidden("Only staff of vendor " + vendorId + " may change it");
        }
    }
}
