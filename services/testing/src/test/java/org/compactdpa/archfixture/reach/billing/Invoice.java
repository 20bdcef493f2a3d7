package org.compactdpa.archfixture.reach.billing;

@jakarta.persistence.Entity
public class Invoice {
    public long cents;
}
