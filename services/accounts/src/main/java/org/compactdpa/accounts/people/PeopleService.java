package org.compactdpa.accounts.people;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.compactdpa.accounts.audit.AuditTrail;
import org.compactdpa.accounts.grants.GrantRules;
import org.compactdpa.accounts.grants.Grants;
import org.compactdpa.accounts.keycloak.KeycloakPeople;
import org.compactdpa.accounts.keycloak.Person;
import org.compactdpa.accounts.organisations.Organisation;
import org.compactdpa.accounts.organisations.OrganisationRoles;
import org.compactdpa.contracts.events.AccountDeactivated;
import org.compactdpa.contracts.events.AccountRolesChanged;
import org.compactdpa.messaging.locks.TransactionLocks;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * The people of an organisation, as its administrators see and change them: read from Keycloak,
 * roles changed within what the caller may grant, accounts deactivated. A change holds the
 * organisation's lock for its transaction, so two administrators cannot each remove the other's
 * role and leave nobody in charge; each change is audited and announced.
 */
@ApplicationScoped
public class PeopleService {

    private final Grants grants;
    private final KeycloakPeople keycloak;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public PeopleService(Grants grants, KeycloakPeople keycloak, Outbox outbox, AuditTrail audit, Caller caller,
            Clock clock) {
        this.grants = grants;
        this.keycloak = keycloak;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** The people of the organisation the caller acts for. */
    public Uni<Page<PersonView>> mine(PageRequest page) {
        Organisation own = grants.own().orElseThrow(() -> ProblemException.forbidden(
                "Your account acts for no organisation"));
        return of(own.id(), page);
    }

    public Uni<Page<PersonView>> of(UUID organisationId, PageRequest page) {
        return grants.resolve(organisationId, null)
                .call(grants::requireAdministers)
                .flatMap(organisation -> keycloak.of(organisation, page))
                .map(found -> found.map(PersonView::of));
    }

    /** Gives the person exactly these roles of the organisation; every role added or removed must be grantable. */
    @WithTransaction
    public Uni<PersonView> changeRoles(UUID organisationId, UUID personId, RolesInput input) {
        Set<String> wanted = new TreeSet<>(input.roles());
        return change(organisationId, (organisation, grantable, people) -> {
            Person person = find(people, personId, organisation);
            Set<String> current = OrganisationRoles.within(organisation.type(), person.roles());
            Set<String> added = new TreeSet<>(wanted);
            added.removeAll(current);
            Set<String> removed = new TreeSet<>(current);
            removed.removeAll(wanted);
            Set<String> touched = new TreeSet<>(added);
            touched.addAll(removed);
            Set<String> refused = GrantRules.refused(grantable, touched);
            if (!refused.isEmpty()) {
                throw ProblemException.forbidden("You may not grant or remove " + String.join(", ", refused)
                        + " in " + organisation + "; you may grant " + String.join(", ", grantable));
            }
            Grants.requireFitting(organisation, wanted, "roles");
            if (touched.isEmpty()) {
                return Uni.createFrom().item(PersonView.of(person));
            }
            Set<String> after = new TreeSet<>(person.roles());
            after.removeAll(removed);
            after.addAll(added);
            if (LastAdministrator.wouldBeRemoved(people, person.id(), person.enabled(), after,
                    OrganisationRoles.adminRole(organisation.type()))) {
                throw ProblemException.conflict(person.email() + " is the last administrator of " + organisation
                        + "; make someone else an administrator first");
            }
            return keycloak.changeRoles(person.id(), added, removed)
                    .call(changed -> outbox.publish(organisation.id(), new AccountRolesChanged(changed.id(),
                            organisation.type().name(), organisation.id(), changed.email(), List.copyOf(changed.roles()),
                            List.copyOf(added), List.copyOf(removed), caller.subject(), clock.instant())))
                    .call(changed -> audit.byCaller("account.roles-changed", organisation, changed.id(), changed.email(),
                            "added " + describe(added) + "; removed " + describe(removed)))
                    .map(PersonView::of);
        });
    }

    /** Disables the person's account and ends their sessions. */
    @WithTransaction
    public Uni<PersonView> deactivate(UUID organisationId, UUID personId) {
        return change(organisationId, (organisation, grantable, people) -> {
            Person person = find(people, personId, organisation);
            if (!person.enabled()) {
                throw ProblemException.conflict(person.email() + " is deactivated already");
            }
            if (LastAdministrator.wouldBeRemoved(people, person.id(), false, person.roles(),
                    OrganisationRoles.adminRole(organisation.type()))) {
                throw ProblemException.conflict(person.email() + " is the last administrator of " + organisation
                        + "; make someone else an administrator first");
            }
            return keycloak.deactivate(person.id())
                    .call(done -> outbox.publish(organisation.id(), new AccountDeactivated(done.id(),
                            organisation.type().name(), organisation.id(), done.email(), List.copyOf(done.roles()),
                            caller.subject(), clock.instant())))
                    .call(done -> audit.byCaller("account.deactivated", organisation, done.id(), done.email(),
                            "disabled, sessions ended; held " + describe(done.roles())))
                    .map(PersonView::of);
        });
    }

    /**
     * In the caller's transaction: resolves the organisation, checks the caller administers it, takes its
     * lock, reads all its people and hands them to the change.
     */
    private Uni<PersonView> change(UUID organisationId, Change change) {
        return grants.resolve(organisationId, null)
                .flatMap(organisation -> grants.requireAdministers(organisation)
                        .call(grantable -> TransactionLocks.hold("accounts:organisation:" + organisation.id()))
                        .flatMap(grantable -> keycloak.allOf(organisation)
                                .flatMap(people -> change.apply(organisation, grantable, people))));
    }

    /** A change to one of the organisation's people, given what the caller may grant there and all its people. */
    @FunctionalInterface
    private interface Change {
        Uni<PersonView> apply(Organisation organisation, Set<String> grantable, List<Person> people);
    }

    /** The person, if they act for the organisation; 404 for anyone else (whether they exist is not told). */
    private static Person find(List<Person> people, UUID personId, Organisation organisation) {
        return people.stream().filter(p -> p.id().equals(personId.toString())).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Person", personId + " of " + organisation));
    }

    private static String describe(Set<String> roles) {
        return roles.isEmpty() ? "nothing" : String.join(", ", roles);
    }
}
