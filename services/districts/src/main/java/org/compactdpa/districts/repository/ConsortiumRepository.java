package org.compactdpa.districts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.districts.domain.Consortium;

@ApplicationScoped
public class ConsortiumRepository implements PanacheRepositoryBase<Consortium, UUID> {

    public Uni<Boolean> nameTaken(String name) {
        return count("lower(name) = lower(?1)", name).map(count -> count > 0);
    }
}
