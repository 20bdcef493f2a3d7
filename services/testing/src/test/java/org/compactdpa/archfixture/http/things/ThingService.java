package org.compactdpa.archfixture.http.things;

public class ThingService {
    public Object missing() {
        throw new jakarta.ws.rs.NotFoundException();
    }
}
