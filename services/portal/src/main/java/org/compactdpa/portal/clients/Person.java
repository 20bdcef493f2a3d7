package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;

/** A person of an organisation as its administrators see them; the roles fill the form that changes them. */
@TemplateData
public record Person(UUID id, String email, String firstName, String lastName, boolean active,
        String organisationType, UUID organisationId, List<String> roles, boolean passwordSet) {

    public Person {
        roles = roles == null ? List.of() : roles;
    }

    /** The name to show, or the e-mail address when the account has none. */
    public String name() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? email : name;
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }
}
