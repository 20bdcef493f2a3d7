package org.compactdpa.districts.consortia;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ConsortiumView(UUID id, String name, List<String> states, String description, Instant createdAt) {

    static ConsortiumView of(Consortium consortium) {
        return new ConsortiumView(consortium.id, consortium.name, consortium.states, consortium.description,
                consortium.createdAt);
    }
}
