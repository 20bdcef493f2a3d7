package org.compactdpa.accounts.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.compactdpa.accounts.keycloak.Person;
import org.compactdpa.contracts.vocabulary.OrganisationType;

/** A person of an organisation, as its administrators see them: who, active or not, with which roles. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonView(String id, String email, String firstName, String lastName, boolean active,
        OrganisationType organisationType, UUID organisationId, List<String> roles, boolean passwordSet) {

    static PersonView of(Person p) {
        return new PersonView(p.id(), p.email(), p.firstName(), p.lastName(), p.enabled(),
                p.organisation() == null ? null : p.organisation().type(),
                p.organisation() == null ? null : p.organisation().id(), List.copyOf(p.roles()), !p.mustSetPassword());
    }
}
