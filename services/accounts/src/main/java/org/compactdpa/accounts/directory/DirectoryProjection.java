package org.compactdpa.accounts.directory;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.contracts.events.ConsortiumCreated;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.contracts.vocabulary.OrganisationType;

/** Keeps what the districts and vendors services announce about organisations: kinds, names, memberships. */
@ApplicationScoped
public class DirectoryProjection {

    private static final String UPSERT = "insert into known_organisation (id, type, name) values (?1, ?2, ?3)"
            + " on conflict (id) do update set type = excluded.type, name = excluded.name";
    private static final String JOIN = "insert into known_membership (district_id, consortium_id) values (?1, ?2)"
            + " on conflict do nothing";

    public Uni<Void> apply(ConsortiumCreated event) {
        return upsert(event.consortiumId(), OrganisationType.CONSORTIUM, event.name());
    }

    public Uni<Void> apply(DistrictRegistered event) {
        return upsert(event.districtId(), OrganisationType.DISTRICT, event.name());
    }

    public Uni<Void> apply(DistrictJoinedConsortium event) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(JOIN)
                .setParameter(1, event.districtId()).setParameter(2, event.consortiumId()).executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> apply(VendorRegistered event) {
        return upsert(event.vendorId(), OrganisationType.VENDOR, event.legalName());
    }

    public Uni<Void> apply(VendorProfileChanged event) {
        return upsert(event.vendorId(), OrganisationType.VENDOR, event.legalName());
    }

    /** In the caller's transaction: an organisation this service itself brought into being (a vendor). */
    Uni<Void> upsert(UUID id, OrganisationType type, String name) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(UPSERT)
                .setParameter(1, id).setParameter(2, type.name()).setParameter(3, name).executeUpdate())
                .replaceWithVoid();
    }
}
