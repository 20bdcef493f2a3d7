package org.compactdpa.accounts.invitations;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.compactdpa.accounts.audit.AuditTrail;
import org.compactdpa.accounts.keycloak.KeycloakPeople;
import org.compactdpa.accounts.keycloak.NewAccount;
import org.compactdpa.accounts.keycloak.Person;
import org.compactdpa.accounts.links.LinkTokens;
import org.compactdpa.accounts.links.Links;
import org.compactdpa.accounts.organisations.Organisation;
import org.compactdpa.contracts.events.AccountActivated;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.problem.ProblemException;

/**
 * The invited person follows the link: the account of that address is created (without a password:
 * Keycloak asks for one and mails its own link) or, when it exists and acts for no other
 * organisation, linked; either way it gets the invitation's roles and organisation. The invitation
 * stays locked while Keycloak is asked, so a revocation or a second click waits and then finds it
 * accepted.
 */
@ApplicationScoped
public class InvitationAcceptance {

    private final KeycloakPeople keycloak;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public InvitationAcceptance(KeycloakPeople keycloak, Outbox outbox, AuditTrail audit, Clock clock) {
        this.keycloak = keycloak;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Uni<AcceptanceView> accept(AcceptanceInput input) {
        String hash = LinkTokens.hashOf(input.token());
        return Panache.withTransaction(() -> Invitation.lockedByTokenHash(hash)
                        .onItem().ifNull().failWith(Links::unknown)
                        .invoke(this::requireOpen)
                        .flatMap(i -> accountFor(i, input).flatMap(account -> accepted(i, account))))
                .flatMap(done -> done.person().mustSetPassword()
                        ? keycloak.sendPasswordSetup(done.person().id()).map(done::answer)
                        : Uni.createFrom().item(done.answer(false)));
    }

    private void requireOpen(Invitation i) {
        switch (i.status) {
            case ACCEPTED -> throw Links.gone("This invitation was accepted already; sign in instead");
            case REVOKED -> throw Links.gone("This invitation was withdrawn; ask whoever invited you");
            default -> Links.requireUnexpired(i.tokenExpiresAt, clock, "ask whoever invited you to send it again");
        }
    }

    /** The account of the invited address: found and linked, or created. */
    private Uni<Account> accountFor(Invitation i, AcceptanceInput input) {
        Organisation organisation = i.organisation();
        Set<String> roles = Set.copyOf(i.roles);
        return keycloak.byEmail(i.email).flatMap(existing -> {
            if (existing.isPresent()) {
                Person person = existing.get();
                if (person.organisation() != null && !person.actsFor(organisation)) {
                    throw ProblemException.conflict("The account of " + i.email + " acts for another organisation;"
                            + " a person acts for one organisation only. Ask to be invited with another address");
                }
                return keycloak.join(person.id(), organisation, roles).map(joined -> new Account(joined, false));
            }
            String first = firstOf(input.firstName(), i.firstName);
            String last = firstOf(input.lastName(), i.lastName);
            if (first == null || last == null) {
                throw ProblemException.unprocessable(first == null ? "firstName" : "lastName",
                        "Your first and last name are needed to create your account");
            }
            return keycloak.create(new NewAccount(i.email, first, last, organisation, roles))
                    .map(created -> new Account(created, true));
        });
    }

    private Uni<Accepted> accepted(Invitation i, Account account) {
        Person person = account.person();
        i.status = InvitationStatus.ACCEPTED;
        i.acceptedAt = clock.instant();
        i.personId = person.id();
        Organisation organisation = i.organisation();
        List<String> roles = List.copyOf(person.roles());
        return outbox.publish(organisation.id(), new AccountActivated(person.id(), organisation.type().name(),
                        organisation.id(), i.email, roles, i.id, null, i.acceptedAt))
                .call(() -> audit.byLinkHolder(i.email, "invitation.accepted", organisation, person.id(),
                        (account.created() ? "account created" : "existing account linked") + " with "
                                + String.join(", ", roles)))
                .replaceWith(new Accepted(i, account));
    }

    private static String firstOf(String given, String invited) {
        String value = given != null && !given.isBlank() ? given : invited;
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Account(Person person, boolean created) {
    }

    /** A committed acceptance, before Keycloak is asked to mail the password link. */
    private record Accepted(Invitation invitation, Account account) {

        Person person() {
            return account.person();
        }

        AcceptanceView answer(boolean passwordMailSent) {
            Person person = account.person();
            return new AcceptanceView(invitation.id, person.id(), invitation.organisationType,
                    invitation.organisationId, List.copyOf(person.roles()), account.created(), passwordMailSent);
        }
    }
}
