package org.compactdpa.districts.rest.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.districts.domain.Consortium;

public record ConsortiumView(UUID id, String name, List<String> states, String description, Instant createdAt) {

    public static ConsortiumView of(Consortium consortium) {
        return new ConsortiumView(consortium.id, consortium.name, consortium.states, consortium.description,
                consortium.createdAt);
    }
}
