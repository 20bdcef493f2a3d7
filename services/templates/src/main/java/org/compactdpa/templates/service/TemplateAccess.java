package org.compactdpa.templates.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.domain.Negotiation;
import org.compactdpa.templates.domain.KnownMember;
import org.compactdpa.templates.domain.Party;
import org.compactdpa.templates.repository.KnownMemberRepository;
import org.compactdpa.templates.repository.KnownVerifiedVendorRepository;

/** Who may author templates and which side of a negotiation the caller is on. */
@ApplicationScoped
public class TemplateAccess {

    private final Caller caller;
    private final KnownMemberRepository members;
    private final KnownVerifiedVendorRepository vendors;

    public TemplateAccess(Caller caller, KnownMemberRepository members, KnownVerifiedVendorRepository vendors) {
        this.caller = caller;
        this.members = members;
        this.vendors = vendors;
    }

    /** Authoring and deciding belong to the owning consortium's coordinators. */
    public void requireCoordinatorOf(UUID consortiumId) {
        if (caller.isPlatformAdmin()) {
            return;
        }
        if (!caller.hasRole(Roles.COORDINATOR) || !caller.actsFor(OrganisationType.CONSORTIUM, consortiumId)) {
            throw ProblemException.forbidden("Only coordinators of consortium " + consortiumId + " may do this");
        }
    }

    public boolean isCoordinatorOf(UUID consortiumId) {
        return caller.hasRole(Roles.COORDINATOR) && caller.actsFor(OrganisationType.CONSORTIUM, consortiumId);
    }

    /** The side the caller negotiates for, or 403 if neither. */
    public Party partyIn(Negotiation negotiation) {
        if (isCoordinatorOf(negotiation.consortiumId)) {
            return Party.CONSORTIUM;
        }
        if (isPersonOfVendor(negotiation.vendorId)) {
            return Party.VENDOR;
        }
        throw ProblemException.forbidden("You are not a party to negotiation " + negotiation.id);
    }

    /** The vendor's staff and signers: both negotiate for it (open, propose, decide, agree). */
    public boolean isPersonOfVendor(UUID vendorId) {
        return (caller.hasRole(Roles.VENDOR_STAFF) || caller.hasRole(Roles.VENDOR_SIGNER))
                && caller.actsFor(OrganisationType.VENDOR, vendorId);
    }

    /**
     * Who may comment in a comment period: the consortium's coordinators, people of its member
     * districts, and people of verified vendors (both known from events).
     */
    public Uni<Void> requireCommenter(UUID consortiumId) {
        if (isCoordinatorOf(consortiumId) || caller.isPlatformAdmin()) {
            return Uni.createFrom().voidItem();
        }
        var type = caller.organisationType().orElse(null);
        var org = caller.organisationId().orElse(null);
        if (type == OrganisationType.DISTRICT && org != null) {
            return members.findById(new KnownMember.Key(consortiumId, org)).map(member -> {
                if (member == null) {
                    throw ProblemException.forbidden("Your district is not a member of this consortium");
                }
                return null;
            });
        }
        if (type == OrganisationType.VENDOR && org != null) {
            return vendors.findById(org).map(vendor -> {
                if (vendor == null) {
                    throw ProblemException.forbidden("Your vendor is not verified by a coordinator yet");
                }
                return null;
            });
        }
        return Uni.createFrom().failure(ProblemException.forbidden(
                "Comments come from the consortium's coordinators, member districts and verified vendors"));
    }
}
