package org.compactdpa.archfixture.wire.api;

import java.util.List;
import org.compactdpa.archfixture.wire.things.Thing;

@jakarta.ws.rs.Path("/things")
public class ThingResource {
    @jakarta.ws.rs.GET
    public List<Thing> all() {
        return List.of();
    }
}
