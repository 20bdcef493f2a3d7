package org.compactdpa.messaging.projections;

import java.util.List;

/** A projection as an operator sees it: what it reads, what it holds, what a rebuild empties. */
public record ProjectionView(String name, List<String> topics, List<String> consumers, List<String> tables) {

    static ProjectionView of(Projection projection) {
        return new ProjectionView(projection.name(), projection.topics(), projection.consumers(), projection.tables());
    }
}
