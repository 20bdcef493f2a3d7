package org.compactdpa.templates.negotiations;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.events.NegotiationOpened;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.access.TemplateAccess;
import org.compactdpa.templates.directory.Directory;
import org.compactdpa.templates.templates.ClauseDiff;
import org.compactdpa.templates.templates.TemplateContent;
import org.compactdpa.templates.templates.VersionService;
import org.compactdpa.templates.templates.VersionSnapshot;
import org.compactdpa.templates.templates.VersionStatus;

/**
 * Clause-by-clause negotiation between a consortium and one vendor on a published version: opening
 * it, listing and reading it, and its redline. Proposals are {@link ProposalService}'s, the two
 * agreements that end it {@link NegotiationAgreement}'s.
 */
@ApplicationScoped
public class NegotiationService {

    private final VersionService versions;
    private final NegotiationLookup lookup;
    private final Directory directory;
    private final TemplateAccess access;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public NegotiationService(VersionService versions, NegotiationLookup lookup, Directory directory,
            TemplateAccess access, Outbox outbox, Caller caller, Clock clock) {
        this.versions = versions;
        this.lookup = lookup;
        this.directory = directory;
        this.access = access;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * The negotiations of the organisation the caller acts for, newest first: a coordinator sees
     * their consortium's, vendor people their vendor's. Nobody lists another organisation's.
     */
    @WithSession
    public Uni<Page<NegotiationView>> mine(String status, PageRequest page) {
        OrganisationType type = caller.organisationType().orElse(null);
        UUID org = caller.organisationId().orElse(null);
        String column = type == OrganisationType.CONSORTIUM && caller.hasRole(Roles.COORDINATOR) ? "consortiumId"
                : type == OrganisationType.VENDOR ? "vendorId" : null;
        if (column == null || org == null) {
            throw ProblemException.forbidden("Negotiations are listed for a consortium's coordinators or a vendor's people");
        }
        if (status == null || status.isBlank()) {
            return Negotiation.pageOf(column, org, null, page).map(p -> p.map(NegotiationView::of));
        }
        NegotiationStatus wanted;
        try {
            wanted = NegotiationStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException none) {
            // No negotiation is in a status that does not exist: an empty page, as for any other filter.
            return Uni.createFrom().item(new Page<>(List.of(), page.page, page.size, 0));
        }
        return Negotiation.pageOf(column, org, wanted, page).map(p -> p.map(NegotiationView::of));
    }

    @WithTransaction
    public Uni<NegotiationView> open(NewNegotiation input) {
        return versions.locate(input.templateId(), input.version()).flatMap(v -> {
            if (!access.isCoordinatorOf(v.consortiumId()) && !access.isPersonOfVendor(input.vendorId())) {
                throw ProblemException.forbidden("Negotiations are opened by the template's coordinators or by the"
                        + " vendor's staff and signers");
            }
            if (v.status() != VersionStatus.PUBLISHED) {
                throw ProblemException.conflict("Negotiations start from the PUBLISHED version; version "
                        + input.version() + " is " + v.status());
            }
            return directory.isVerifiedVendor(input.vendorId()).flatMap(verified -> {
                if (!verified) {
                    throw ProblemException.unprocessable("vendorId", "Vendor " + input.vendorId()
                            + " is unknown or not yet verified by a coordinator; only verified vendors negotiate");
                }
                return requireVendorsProducts(input);
            }).flatMap(ok -> persistOpened(v, input));
        }).map(NegotiationView::of);
    }

    @WithSession
    public Uni<NegotiationDetails> get(UUID negotiationId) {
        return lookup.find(negotiationId).invoke(lookup::partyIn).flatMap(n -> Proposal.of(n.id)
                .flatMap(ps -> NegotiationComment.of(n.id).map(cs -> new NegotiationDetails(NegotiationView.of(n),
                        ps.stream().map(ProposalView::of).toList(),
                        cs.stream().map(NegotiationCommentView::of).toList()))));
    }

    /** The terms as they stand (accepted changes applied) against the standard version. */
    @WithSession
    public Uni<ClauseDiff> redline(UUID negotiationId) {
        return lookup.find(negotiationId).invoke(lookup::partyIn).flatMap(n -> lookup.standardOf(n)
                .flatMap(standard -> Proposal.accepted(n.id).map(accepted -> {
                    TemplateContent content = standard.content();
                    return ClauseDiff.between(content, ProposalRules.apply(content, accepted));
                })));
    }

    /** A negotiation covers the vendor's own products, as the vendors service announced them. */
    private Uni<Void> requireVendorsProducts(NewNegotiation input) {
        return directory.vendorsOf(input.productIds()).invoke(vendorOf -> {
            for (int i = 0; i < input.productIds().size(); i++) {
                requireOwn(input.vendorId(), input.productIds().get(i), i, vendorOf);
            }
        }).replaceWithVoid();
    }

    private static void requireOwn(UUID vendor, UUID product, int index, Map<UUID, UUID> vendorOf) {
        if (!vendor.equals(vendorOf.get(product))) {
            throw ProblemException.unprocessable("productIds[" + index + "]", "Product " + product
                    + (vendorOf.containsKey(product) ? " belongs to another vendor"
                            : " is not known here (yet): register it with the vendors service first"));
        }
    }

    private Uni<Negotiation> persistOpened(VersionSnapshot v, NewNegotiation input) {
        Negotiation n = new Negotiation();
        n.id = UUID.randomUUID();
        n.templateId = v.templateId();
        n.versionId = v.versionId();
        n.consortiumId = v.consortiumId();
        n.vendorId = input.vendorId();
        n.products = input.productIds().stream().distinct().map(UUID::toString).toList();
        n.status = NegotiationStatus.OPEN;
        n.createdAt = clock.instant();
        n.createdBy = caller.subject();
        return n.<Negotiation>persist().call(saved -> outbox.publish(n.id, new NegotiationOpened(n.id, n.templateId,
                input.version(), n.consortiumId, n.vendorId, input.productIds(), n.createdAt)));
    }
}
