package org.compactdpa.archfixture.cyclic.a;

public class A {
    public org.compactdpa.archfixture.cyclic.b.B partner;
}
