package org.compactdpa.archfixture.cyclic.b;

public class B {
    public org.compactdpa.archfixture.cyclic.a.A partner;
}
