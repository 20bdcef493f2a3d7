package org.compactdpa.notices.inbox;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.platform.security.Caller;

/**
 * The person reading their inbox, as their token describes them: the notices addressed to them, and to
 * the roles they hold in the organisation they act for, are theirs.
 */
public record Reader(String personId, OrganisationType organisationType, UUID organisationId, Set<String> roles,
        String email) {

    /** Unread notices are counted up to this many: the header shows "999+" above it. */
    public static final int UNREAD_CAP = 1000;

    public static Reader of(Caller caller) {
        return new Reader(caller.subject(), caller.organisationType().orElse(null), caller.organisationId().orElse(null),
                Set.copyOf(caller.roles()), caller.email());
    }

    public List<String> roleList() {
        return List.copyOf(roles);
    }

    /**
     * The SQL condition that a notice {@code n} is the reader's, on parameters $1 (person), $2 (organisation
     * kind), $3 (organisation id) and $4 (roles).
     */
    static final String VISIBLE = "(n.person_id = $1 or (n.person_id is null and n.organisation_type = $2"
            + " and (n.organisation_id = $3 or n.organisation_id is null)"
            + " and (cardinality(n.roles) = 0 or n.roles && $4::text[])))";
}
