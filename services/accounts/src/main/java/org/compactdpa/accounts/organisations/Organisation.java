package org.compactdpa.accounts.organisations;

import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;

/** An organisation people act for: a consortium, a district or a vendor (the token's org_type and org_id). */
public record Organisation(OrganisationType type, UUID id) {

    @Override
    public String toString() {
        return type.name().toLowerCase() + " " + id;
    }
}
