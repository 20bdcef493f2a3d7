package org.compactdpa.districts.consortia;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.messaging.persistence.CommaListConverter;

/** A state alliance or cooperative whose coordinators negotiate one agreement for many districts. */
@Entity
public class Consortium extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Convert(converter = CommaListConverter.class)
    public List<String> states;

    public String description;

    public Instant createdAt;

    public String createdBy;

    public boolean serves(String state) {
        return states.contains(state);
    }

    public static Uni<Boolean> nameTaken(String name) {
        return count("lower(name) = lower(?1)", name).map(count -> count > 0);
    }
}
