package org.compactdpa.accounts.directory;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;

/** What the other capabilities may ask about organisations this service does not own. */
@ApplicationScoped
public class Directory {

    private static final String MEMBER = "select count(*) from known_membership where district_id = ?1 and consortium_id = ?2";

    private final DirectoryProjection projection;

    public Directory(DirectoryProjection projection) {
        this.projection = projection;
    }

    /** True when the district joined the consortium (as the districts service announced). */
    @WithSession
    public Uni<Boolean> isMember(UUID districtId, UUID consortiumId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(MEMBER, Long.class)
                .setParameter(1, districtId).setParameter(2, consortiumId).getSingleResult()).map(n -> n > 0);
    }

    @WithSession
    public Uni<Optional<OrganisationType>> typeOf(UUID id) {
        return KnownOrganisation.<KnownOrganisation>findById(id).map(o -> Optional.ofNullable(o).map(k -> k.type));
    }

    @WithSession
    public Uni<Optional<String>> nameOf(UUID id) {
        return KnownOrganisation.<KnownOrganisation>findById(id).map(o -> Optional.ofNullable(o).map(k -> k.name));
    }

    /** In the caller's transaction: a vendor that exists from now on, known here before its own event returns. */
    public Uni<Void> recordVendor(UUID vendorId, String legalName) {
        return projection.upsert(vendorId, OrganisationType.VENDOR, legalName);
    }
}
