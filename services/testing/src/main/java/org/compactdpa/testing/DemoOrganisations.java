package org.compactdpa.testing;

import java.util.UUID;

/** The organisation ids the demo users of deploy/keycloak/realm carry in their tokens. */
public final class DemoOrganisations {

    public static final UUID CONSORTIUM = UUID.fromString("6f1c2a8e-3b4d-4c5e-9f60-1a2b3c4d5e01");
    public static final UUID MAPLE = UUID.fromString("0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d01");
    public static final UUID HARBOR = UUID.fromString("0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d02");
    public static final UUID GRANITE = UUID.fromString("0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d03");
    public static final UUID BRIGHTPATH = UUID.fromString("a3e5c7d9-2b4f-4e6a-9c8b-7d6e5f4a3b01");
    public static final UUID QUILLSTONE = UUID.fromString("a3e5c7d9-2b4f-4e6a-9c8b-7d6e5f4a3b02");

    private DemoOrganisations() {
    }
}
