package org.compactdpa.templates.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compactdpa.contracts.events.NegotiationOpened;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.domain.Classification;
import org.compactdpa.templates.domain.ClauseDiff;
import org.compactdpa.templates.domain.Negotiation;
import org.compactdpa.templates.domain.NegotiationComment;
import org.compactdpa.templates.domain.Party;
import org.compactdpa.templates.domain.Proposal;
import org.compactdpa.templates.domain.ProposalStatus;
import org.compactdpa.templates.domain.TemplateContent;
import org.compactdpa.templates.domain.VersionStatus;
import org.compactdpa.templates.repository.KnownProductRepository;
import org.compactdpa.templates.repository.KnownVerifiedVendorRepository;
import org.compactdpa.templates.repository.NegotiationCommentRepository;
import org.compactdpa.templates.repository.NegotiationRepository;
import org.compactdpa.templates.repository.ProposalRepository;
import org.compactdpa.templates.rest.api.NewNegotiation;

/**
 * Clause-by-clause negotiation between a consortium and one vendor on a published version: opening
 * it, reading it, and the two agreements that end it. Each side agrees once, after every proposal
 * is decided ({@link ProposalService}); the second agreement freezes the terms.
 */
@ApplicationScoped
public class NegotiationService {

    private final TemplateService templates;
    private final NegotiationLookup lookup;
    private final NegotiationRepository negotiations;
    private final ProposalRepository proposals;
    private final NegotiationCommentRepository comments;
    private final KnownVerifiedVendorRepository verifiedVendors;
    private final KnownProductRepository products;
    private final TermsService terms;
    private final TemplateAccess access;
    private final ContentCodec codec;
    private final Outbox outbox;
    private final Caller caller;

    public NegotiationService(TemplateService templates, NegotiationLookup lookup, NegotiationRepository negotiations,
            ProposalRepository proposals, NegotiationCommentRepository comments,
            KnownVerifiedVendorRepository verifiedVendors, KnownProductRepository products, TermsService terms,
            TemplateAccess access, ContentCodec codec, Outbox outbox, Caller caller) {
        this.templates = templates;
        this.lookup = lookup;
        this.negotiations = negotiations;
        this.proposals = proposals;
        this.comments = comments;
        this.verifiedVendors = verifiedVendors;
        this.products = products;
        this.terms = terms;
        this.access = access;
        this.codec = codec;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** A negotiation with everything said in it. */
    public record Record(Negotiation negotiation, List<Proposal> proposals, List<NegotiationComment> comments) {
    }

    /**
     * The negotiations of the organisation the caller acts for, newest first: a coordinator sees
     * their consortium's, vendor people their vendor's. Nobody lists another organisation's.
     */
    @WithSession
    public Uni<Page<Negotiation>> mine(String status, PageRequest page) {
        OrganisationType type = caller.organisationType().orElse(null);
        UUID org = caller.organisationId().orElse(null);
        String column = type == OrganisationType.CONSORTIUM && caller.hasRole(Roles.COORDINATOR) ? "consortiumId"
                : type == OrganisationType.VENDOR ? "vendorId" : null;
        if (column == null || org == null) {
            throw ProblemException.forbidden("Negotiations are listed for a consortium's coordinators or a vendor's people");
        }
        Parameters params = Parameters.with("org", org);
        String where = column + " = :org";
        if (status != null && !status.isBlank()) {
            where += " and status = :status";
            params.and("status", status.trim().toUpperCase(java.util.Locale.ROOT));
        }
        return Pages.of(negotiations.find(where, Sort.descending("createdAt").and("id"), params), page);
    }

    @WithTransaction
    public Uni<Negotiation> open(NewNegotiation input) {
        return templates.locate(input.templateId(), input.version()).flatMap(l -> {
            if (!access.isCoordinatorOf(l.template().consortiumId) && !access.isPersonOfVendor(input.vendorId())) {
                throw ProblemException.forbidden("Negotiations are opened by the template's coordinators or by the"
                        + " vendor's staff and signers");
            }
            if (l.version().status != VersionStatus.PUBLISHED) {
                throw ProblemException.conflict("Negotiations start from the PUBLISHED version; version "
                        + input.version() + " is " + l.version().status);
            }
            return verifiedVendors.findById(input.vendorId()).flatMap(verified -> {
                if (verified == null) {
                    throw ProblemException.unprocessable("vendorId", "Vendor " + input.vendorId()
                            + " is unknown or not yet verified by a coordinator; only verified vendors negotiate");
                }
                return requireVendorsProducts(input);
            }).flatMap(ok -> persistOpened(l, input));
        });
    }

    /** A negotiation covers the vendor's own products, as the vendors service announced them. */
    private Uni<Void> requireVendorsProducts(NewNegotiation input) {
        return products.list("productId in ?1", input.productIds()).map(known -> {
            Map<UUID, UUID> vendorOf = known.stream().collect(Collectors.toMap(p -> p.productId, p -> p.vendorId));
            for (int i = 0; i < input.productIds().size(); i++) {
                UUID product = input.productIds().get(i);
                if (!input.vendorId().equals(vendorOf.get(product))) {
                    throw ProblemException.unprocessable("productIds[" + i + "]", "Product " + product
                            + (vendorOf.containsKey(product) ? " belongs to another vendor"
                                    : " is not known here (yet): register it with the vendors service first"));
                }
            }
            return null;
        });
    }

    private Uni<Negotiation> persistOpened(TemplateService.Located l, NewNegotiation input) {
        Negotiation n = new Negotiation();
        n.id = UUID.randomUUID();
        n.templateId = l.template().id;
        n.versionId = l.version().id;
        n.consortiumId = l.template().consortiumId;
        n.vendorId = input.vendorId();
        n.products = input.productIds().stream().distinct().map(UUID::toString).toList();
        n.status = Negotiation.OPEN;
        n.createdAt = Instant.now();
        n.createdBy = caller.subject();
        return negotiations.persist(n).call(saved -> outbox.publish(n.id, new NegotiationOpened(n.id, n.templateId,
                input.version(), n.consortiumId, n.vendorId, input.productIds(), n.createdAt)));
    }





    /** Each side agrees once; open proposals must be decided first. The second agreement freezes the terms. */
    @WithTransaction
    public Uni<Negotiation> agree(UUID negotiationId) {
        return lookup.findOpen(negotiationId).flatMap(n -> {
            Party party = access.partyIn(n);
            if (n.agreedBy(party)) {
                throw ProblemException.conflict("The " + party.name().toLowerCase() + " side has already agreed");
            }
            return proposals.count("negotiationId = ?1 and status = ?2", n.id, ProposalStatus.PROPOSED).flatMap(open -> {
                if (open > 0) {
                    throw ProblemException.conflict(open + " proposal(s) are still open; accept, reject or counter them first");
                }
                if (party == Party.CONSORTIUM) {
                    n.consortiumAgreedAt = Instant.now();
                    n.consortiumAgreedBy = caller.subject();
                } else {
                    n.vendorAgreedAt = Instant.now();
                    n.vendorAgreedBy = caller.subject();
                }
                if (!n.agreedBy(party.other())) {
                    return Uni.createFrom().item(n);
                }
                return freeze(n);
            });
        });
    }

    @WithSession
    public Uni<Record> get(UUID negotiationId) {
        return lookup.find(negotiationId).invoke(access::partyIn).flatMap(n -> proposals
                .list("negotiationId", Sort.ascending("createdAt").and("id"), n.id)
                .flatMap(ps -> comments.list("negotiationId", Sort.ascending("createdAt").and("id"), n.id)
                        .map(cs -> new Record(n, ps, cs))));
    }

    /** The terms as they stand (accepted changes applied) against the standard version. */
    @WithSession
    public Uni<ClauseDiff> redline(UUID negotiationId) {
        return lookup.find(negotiationId).invoke(access::partyIn).flatMap(n -> lookup.standard(n)
                .flatMap(content -> lookup.accepted(n).map(acc -> ClauseDiff.between(content, ProposalRules.apply(content, acc)))));
    }

    private Uni<Negotiation> freeze(Negotiation n) {
        return lookup.versionOf(n).flatMap(l -> lookup.accepted(n).flatMap(acc -> {
            TemplateContent agreed = ProposalRules.apply(codec.read(l.version().content), acc);
            Classification classification = Classification.of(acc.stream().map(p -> p.kind).toList());
            return terms.freeze(l.template(), l.version(), agreed, classification, n.id, n.vendorId,
                    n.products.stream().map(UUID::fromString).toList());
        })).map(frozen -> {
            n.status = Negotiation.AGREED;
            n.termsId = frozen.id;
            return n;
        });
    }









}
