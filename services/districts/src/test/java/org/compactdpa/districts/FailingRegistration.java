package org.compactdpa.districts;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.districts.districts.District;
import org.compactdpa.messaging.outbox.Outbox;

/** Writes a district and its event, then fails inside the same transaction, as a broken service method would. */
@ApplicationScoped
public class FailingRegistration {

    private final Outbox outbox;

    public FailingRegistration(Outbox outbox) {
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<Void> registerThenFail(UUID id, String ncesId) {
        District district = new District();
        district.id = id;
        district.name = "Rolled Back District";
        district.state = "MA";
        district.ncesId = ncesId;
        district.createdAt = Instant.now();
        district.createdBy = "test";
        return district.<District>persistAndFlush()
                .call(d -> outbox.publish(id, new DistrictRegistered(id, d.name, d.state, d.ncesId, d.createdAt)))
                .flatMap(d -> Uni.createFrom().failure(new IllegalStateException("failure after the outbox write")));
    }
}
