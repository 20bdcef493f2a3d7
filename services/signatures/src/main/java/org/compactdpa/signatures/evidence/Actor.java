package org.compactdpa.signatures.evidence;

import java.util.UUID;

/** Who acted, as the evidence trail records it. The platform itself acts for execution, expiry and sealing. */
public record Actor(String subject, String name, String role, UUID organisationId) {

    public static final Actor PLATFORM = new Actor("compact-platform", "Compact platform", "system", null);
}
