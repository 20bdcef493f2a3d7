package org.compactdpa.archfixture.wire.things;

@jakarta.persistence.Entity
public class Thing {
    public String name;
}
