package org.compactdpa.accounts.invitations;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import org.compactdpa.accounts.audit.AuditTrail;
import org.compactdpa.accounts.directory.Directory;
import org.compactdpa.accounts.grants.Grants;
import org.compactdpa.accounts.links.IssuedLink;
import org.compactdpa.accounts.links.LinkTokens;
import org.compactdpa.accounts.mail.Mails;
import org.compactdpa.accounts.organisations.Organisation;
import org.compactdpa.contracts.events.AccountInvited;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * Invitations by an organisation's administrators (docs/security.md, "Who may grant what"): invite,
 * list, send again with a new link, revoke. Each change is audited; inviting and sending again mail
 * the link inside the transaction that stores its hash, and announce {@code account.invited}.
 */
@ApplicationScoped
public class InvitationService {

    private final Grants grants;
    private final Directory directory;
    private final LinkTokens links;
    private final Mails mails;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public InvitationService(Grants grants, Directory directory, LinkTokens links, Mails mails, Outbox outbox,
            AuditTrail audit, Caller caller, Clock clock) {
        this.grants = grants;
        this.directory = directory;
        this.links = links;
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<InvitationView> invite(UUID organisationId, InvitationInput input) {
        return grants.resolve(organisationId, input.organisationType())
                .flatMap(organisation -> create(organisation, input.email(), input.roles(), input.firstName(),
                        input.lastName()));
    }

    /** Invites the first administrator of a district, once it exists and is a member of the caller's consortium. */
    @WithTransaction
    public Uni<InvitationView> inviteFirstDistrictAdmin(UUID districtId, FirstAdminInput input) {
        List<String> roles = input.roles() == null || input.roles().isEmpty()
                ? List.of(Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF)
                : input.roles();
        if (!roles.contains(Roles.DISTRICT_ADMIN)) {
            throw ProblemException.unprocessable("roles", "The first administrator's roles must include district-admin");
        }
        return directory.typeOf(districtId)
                .invoke(type -> {
                    if (type.filter(OrganisationType.DISTRICT::equals).isEmpty()) {
                        throw ProblemException.notFound("District", districtId);
                    }
                })
                .flatMap(known -> create(new Organisation(OrganisationType.DISTRICT, districtId), input.email(), roles,
                        input.firstName(), input.lastName()));
    }

    private Uni<InvitationView> create(Organisation organisation, String address, List<String> requested,
            String firstName, String lastName) {
        String email = address.strip().toLowerCase(Locale.ROOT);
        List<String> roles = List.copyOf(new TreeSet<>(requested));
        return grants.requireMayGrant(organisation, roles)
                .invoke(grantable -> Grants.requireFitting(organisation, roles, "roles"))
                .flatMap(grantable -> Invitation.openFor(organisation, email, clock.instant()))
                .flatMap(open -> {
                    if (open > 0) {
                        throw ProblemException.conflict(email + " has an invitation to " + organisation
                                + " whose link still works; send that one again instead");
                    }
                    IssuedLink link = links.invitation();
                    Invitation i = new Invitation();
                    i.id = UUID.randomUUID();
                    i.organisationType = organisation.type();
                    i.organisationId = organisation.id();
                    i.email = email;
                    i.firstName = blankToNull(firstName);
                    i.lastName = blankToNull(lastName);
                    i.roles = roles;
                    i.status = InvitationStatus.PENDING;
                    i.invitedAt = clock.instant();
                    i.invitedBy = caller.subject();
                    i.invitedByName = caller.displayName();
                    i.sentCount = 0;
                    withLink(i, link);
                    return i.<Invitation>persist().flatMap(saved -> announce(saved, link, "invitation.created"));
                });
    }

    @WithSession
    public Uni<Page<InvitationView>> list(UUID organisationId, InvitationStatus status, PageRequest page) {
        return grants.resolve(organisationId, null)
                .call(grants::requireAdministers)
                .flatMap(organisation -> Pages.of(Invitation.of(organisation, status, clock.instant()), page))
                .map(found -> found.map(i -> InvitationView.of(i, clock.instant())));
    }

    /** A new link for a pending (or expired) invitation; the old link stops working. */
    @WithTransaction
    public Uni<InvitationView> resend(UUID organisationId, UUID invitationId) {
        return inOrganisation(organisationId, invitationId)
                .call(i -> grants.requireMayGrant(i.organisation(), i.roles))
                .invoke(i -> i.status.requirePending())
                .flatMap(i -> {
                    IssuedLink link = links.invitation();
                    withLink(i, link);
                    return announce(i, link, "invitation.sent-again");
                });
    }

    @WithTransaction
    public Uni<InvitationView> revoke(UUID organisationId, UUID invitationId) {
        return inOrganisation(organisationId, invitationId)
                .call(i -> grants.requireAdministers(i.organisation()))
                .invoke(i -> {
                    i.status.requirePending();
                    i.status = InvitationStatus.REVOKED;
                    i.revokedAt = clock.instant();
                    i.revokedBy = caller.subject();
                })
                .call(i -> audit.byCaller("invitation.revoked", i.organisation(), i.id.toString(), i.email,
                        "roles " + String.join(", ", i.roles)))
                .map(i -> InvitationView.of(i, clock.instant()));
    }

    /** The invitation's link from now on: only its hash is kept, and an earlier link stops working. */
    private void withLink(Invitation i, IssuedLink link) {
        i.tokenHash = link.tokenHash();
        i.tokenExpiresAt = link.expiresAt();
        i.sentCount++;
        i.lastSentAt = clock.instant();
    }

    /** Announces and audits the invitation, then mails its link, in the transaction that stores the link's hash. */
    private Uni<InvitationView> announce(Invitation i, IssuedLink link, String action) {
        Organisation organisation = i.organisation();
        return outbox.publish(organisation.id(), new AccountInvited(i.id, organisation.type().name(), organisation.id(),
                        i.email, i.roles, caller.subject(), i.tokenExpiresAt, i.lastSentAt))
                .call(() -> audit.byCaller(action, organisation, i.id.toString(), i.email,
                        "roles " + String.join(", ", i.roles) + "; link works until " + i.tokenExpiresAt))
                .flatMap(ignored -> directory.nameOf(organisation.id()))
                .flatMap(name -> mails.invitation(i.email, inviterName(), name.orElse("a " + organisation.type().name()
                        .toLowerCase(Locale.ROOT) + " on Compact"), i.roles, link))
                .map(sent -> InvitationView.of(i, clock.instant()));
    }

    private Uni<Invitation> inOrganisation(UUID organisationId, UUID invitationId) {
        return grants.resolve(organisationId, null)
                .flatMap(organisation -> grants.requireAdministers(organisation)
                        .flatMap(allowed -> Invitation.lockedIn(organisation, invitationId)))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Invitation", invitationId));
    }

    private String inviterName() {
        String name = caller.displayName();
        return name == null || name.isBlank() ? "An administrator" : name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
