package org.compactdpa.archfixture.clean.billing;

@jakarta.persistence.Entity
public class Invoice {
    public long cents;
}
