package org.compactdpa.contracts.vocabulary;

/** Realm roles of the Keycloak realm {@code compact}. */
public final class Roles {

    public static final String COORDINATOR = "coordinator";
    public static final String DISTRICT_STAFF = "district-staff";
    public static final String DISTRICT_SIGNER = "district-signer";
    public static final String VENDOR_STAFF = "vendor-staff";
    public static final String VENDOR_SIGNER = "vendor-signer";
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** Administers the people of one district: invites colleagues, changes their roles, deactivates them. */
    public static final String DISTRICT_ADMIN = "district-admin";
    /** Administers the people of one vendor, as a district admin does for a district. */
    public static final String VENDOR_ADMIN = "vendor-admin";

    private Roles() {
    }
}
