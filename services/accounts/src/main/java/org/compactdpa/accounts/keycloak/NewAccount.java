package org.compactdpa.accounts.keycloak;

import java.util.Set;
import org.compactdpa.accounts.organisations.Organisation;

/** An account to create: whose e-mail address was just proven by a link, for which organisation, with which roles. */
public record NewAccount(String email, String firstName, String lastName, Organisation organisation, Set<String> roles) {
}
