package org.compactdpa.portal.people;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.compactdpa.portal.clients.Person;

/**
 * One person on the people page with the boxes of their roles form: every role that fits their
 * organisation, ticked when held, open to change only when the viewer may grant it.
 */
@TemplateData
public record PersonRow(Person person, List<RoleChoice> choices) {

    static PersonRow of(Person person, Administered organisation) {
        String kind = person.organisationType() != null ? person.organisationType() : organisation.kind();
        List<RoleChoice> choices = GrantableRoles.fitting(kind).stream()
                .map(role -> new RoleChoice(role, person.holds(role), organisation.grantable().contains(role)))
                .toList();
        return new PersonRow(person, choices);
    }

    /** Whether any of their roles can be changed by the viewer. */
    public boolean changeable() {
        return person.active() && choices.stream().anyMatch(RoleChoice::grantable);
    }

    /**
     * One role's box. A role the viewer may not grant is shown as it is and sent back unchanged (as a
     * hidden field when held), since the form sets all of the person's roles at once.
     */
    @TemplateData
    public record RoleChoice(String role, boolean held, boolean grantable) {
    }
}
