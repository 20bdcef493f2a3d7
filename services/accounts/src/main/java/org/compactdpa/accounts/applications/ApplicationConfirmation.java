package org.compactdpa.accounts.applications;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.compactdpa.accounts.audit.AuditTrail;
import org.compactdpa.accounts.directory.Directory;
import org.compactdpa.accounts.keycloak.KeycloakPeople;
import org.compactdpa.accounts.keycloak.NewAccount;
import org.compactdpa.accounts.keycloak.Person;
import org.compactdpa.accounts.links.LinkTokens;
import org.compactdpa.accounts.links.Links;
import org.compactdpa.accounts.organisations.Organisation;
import org.compactdpa.contracts.events.AccountActivated;
import org.compactdpa.contracts.events.VendorApplicationConfirmed;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.problem.ProblemException;

/**
 * The applicant follows the confirmation link: their e-mail address is proven, so the vendor comes
 * into being (announced by event; the vendors service registers it UNVERIFIED) and so does their
 * account in Keycloak, acting for the vendor as its first administrator. One transaction holds the
 * application locked while Keycloak is asked, so two clicks on the same link make one account and
 * one confirmation. Keycloak's mail to set the password goes out after the commit.
 */
@ApplicationScoped
public class ApplicationConfirmation {

    private final KeycloakPeople keycloak;
    private final Directory directory;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public ApplicationConfirmation(KeycloakPeople keycloak, Directory directory, Outbox outbox, AuditTrail audit,
            Clock clock) {
        this.keycloak = keycloak;
        this.directory = directory;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Uni<ConfirmationView> confirm(ConfirmationInput input) {
        String hash = LinkTokens.hashOf(input.token());
        return Panache.withTransaction(() -> VendorApplication.lockedByTokenHash(hash)
                        .onItem().ifNull().failWith(Links::unknown)
                        .invoke(this::requireOpen)
                        .flatMap(a -> accountFor(a).flatMap(person -> confirmed(a, person))))
                .flatMap(done -> done.person().mustSetPassword()
                        ? keycloak.sendPasswordSetup(done.person().id()).map(done::answer)
                        : Uni.createFrom().item(done.answer(false)));
    }

    /** A committed confirmation, before Keycloak is asked to mail the password link. */
    private record Confirmed(VendorApplication application, Person person) {

        ConfirmationView answer(boolean passwordMailSent) {
            VendorApplication a = application;
            return new ConfirmationView(a.id, a.status, a.vendorId, person.id(), a.email, List.copyOf(person.roles()),
                    passwordMailSent);
        }
    }

    private void requireOpen(VendorApplication a) {
        if (a.status != ApplicationStatus.SUBMITTED) {
            throw Links.gone(a.status == ApplicationStatus.REFUSED
                    ? "This application was refused"
                    : "This link was used already: the application is confirmed; sign in with the password"
                            + " you chose through Keycloak's mail");
        }
        Links.requireUnexpired(a.tokenExpiresAt, clock, "apply again to get a new one");
    }

    /**
     * The applicant's account: made now, or found again when an earlier attempt made it but did not
     * commit. An account of the same address that acts for anything else is refused.
     */
    private Uni<Person> accountFor(VendorApplication a) {
        Organisation vendor = VendorApplicationService.vendorOf(a);
        return keycloak.byEmail(a.email).flatMap(existing -> {
            if (existing.isEmpty()) {
                return keycloak.create(new NewAccount(a.email, a.contactFirstName, a.contactLastName, vendor,
                        rolesOf(a)));
            }
            if (!existing.get().actsFor(vendor)) {
                throw ProblemException.conflict("The address " + a.email + " already has an account with Compact;"
                        + " apply with another address, or ask your organisation's administrator");
            }
            return Uni.createFrom().item(existing.get());
        });
    }

    /** Vendor staff and its administrator, and its signer when the applicant declared the authority. */
    private static Set<String> rolesOf(VendorApplication a) {
        Set<String> roles = new LinkedHashSet<>(List.of(Roles.VENDOR_ADMIN, Roles.VENDOR_STAFF));
        if (a.signerAuthorityDeclared) {
            roles.add(Roles.VENDOR_SIGNER);
        }
        return roles;
    }

    private Uni<Confirmed> confirmed(VendorApplication a, Person person) {
        Organisation vendor = VendorApplicationService.vendorOf(a);
        a.status = a.status.moveTo(ApplicationStatus.CONFIRMED);
        a.confirmedAt = clock.instant();
        a.personId = person.id();
        List<String> roles = List.copyOf(person.roles());
        return directory.recordVendor(a.vendorId, a.legalName)
                .call(() -> outbox.publish(a.id, new VendorApplicationConfirmed(a.id, a.vendorId, a.company, a.legalName,
                        a.website, a.contactName(), a.email, a.signerAuthorityDeclared, person.id(), a.confirmedAt)))
                .call(() -> outbox.publish(a.vendorId, new AccountActivated(person.id(), vendor.type().name(),
                        vendor.id(), a.email, roles, null, a.id, a.confirmedAt)))
                .call(() -> audit.byLinkHolder(a.email, "vendor-application.confirmed", vendor, a.id.toString(),
                        "vendor " + a.vendorId + " registered; account " + person.id() + " with " + String.join(", ", roles)))
                .replaceWith(new Confirmed(a, person));
    }
}
