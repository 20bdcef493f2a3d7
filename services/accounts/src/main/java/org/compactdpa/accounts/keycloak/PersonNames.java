package org.compactdpa.accounts.keycloak;

/** The characters Keycloak refuses in a person's first or last name, refused here first with a clear answer. */
public final class PersonNames {

    public static final String ALLOWED = "[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()]*";
    public static final String MESSAGE = "must not contain any of < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ] { } ( )";

    private PersonNames() {
    }
}
