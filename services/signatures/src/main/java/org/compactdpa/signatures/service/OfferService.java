package org.compactdpa.signatures.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.OfferWithdrawn;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.signatures.domain.Agreement;
import org.compactdpa.signatures.domain.AgreementDocument;
import org.compactdpa.signatures.domain.AgreementKind;
import org.compactdpa.signatures.domain.AgreementProduct;
import org.compactdpa.signatures.domain.EvidenceType;
import org.compactdpa.signatures.domain.KnownDistrict;
import org.compactdpa.signatures.repository.AgreementProductRepository;
import org.compactdpa.signatures.repository.AgreementRepository;
import org.compactdpa.signatures.repository.KnownDistrictRepository;
import org.compactdpa.signatures.repository.KnownMembershipRepository;
import org.compactdpa.signatures.repository.SignatureRepository;
import org.compactdpa.signatures.rest.api.SignatureRequest;

/**
 * General offers and one-signature adoption. An offer is open while its agreement is executed, in
 * force, carries Exhibit E and was not withdrawn; a district in its state and consortium adopts it
 * by signing Exhibit E alone. Each district holds an offer at most once; asking again, even at the
 * same moment, answers the adoption it already has (the unique index is the last guard).
 */
@ApplicationScoped
public class OfferService {

    private final AgreementRepository agreements;
    private final AgreementProductRepository products;
    private final SignatureRepository signatures;
    private final KnownDistrictRepository districts;
    private final KnownMembershipRepository memberships;
    private final SigningService signing;
    private final Outbox outbox;
    private final Caller caller;
    private final EvidenceTrail trail;
    private final SealQueue seals;

    public OfferService(AgreementRepository agreements, AgreementProductRepository products,
            SignatureRepository signatures, KnownDistrictRepository districts, KnownMembershipRepository memberships,
            SigningService signing, Outbox outbox, Caller caller, EvidenceTrail trail, SealQueue seals) {
        this.agreements = agreements;
        this.products = products;
        this.signatures = signatures;
        this.districts = districts;
        this.memberships = memberships;
        this.signing = signing;
        this.outbox = outbox;
        this.caller = caller;
        this.trail = trail;
        this.seals = seals;
    }

    /** The result of an adoption request: the adoption, and whether it was made now. */
    public record Adoption(Agreement agreement, boolean created) {
    }

    @WithSession
    public Uni<Page<Agreement>> open(String state, UUID vendorId, UUID productId, PageRequest page) {
        StringBuilder where = new StringBuilder("kind = :kind and generalOffer = true and status = :status"
                + " and offerWithdrawnAt is null and expiresOn >= :today");
        Parameters params = Parameters.with("kind", AgreementKind.ORIGINAL).and("status", AgreementStatus.EXECUTED)
                .and("today", LocalDate.now());
        if (state != null && !state.isBlank()) {
            where.append(" and state = :state");
            params.and("state", state.trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (vendorId != null) {
            where.append(" and vendorId = :vendor");
            params.and("vendor", vendorId);
        }
        if (productId != null) {
            where.append(" and id in (select p.key.agreementId from AgreementProduct p where p.key.productId = :product)");
            params.and("product", productId);
        }
        return Pages.of(agreements.find(where.toString(), Sort.descending("expiresOn").and("id"), params), page);
    }

    /** Exhibit E as this district would sign it, so the signer can review it and send its hash. */
    @WithSession
    public Uni<String> exhibitFor(UUID offerId, UUID districtId) {
        return offer(offerId).flatMap(o -> district(districtId).flatMap(d -> exhibit(o, d)));
    }

    @WithTransaction
    public Uni<Adoption> adopt(UUID offerId, SignatureRequest request, SigningService.Origin origin) {
        SigningService.requireIntentAndConsent(request);
        if (!caller.hasRole(Roles.DISTRICT_SIGNER)) {
            throw ProblemException.forbidden("Only a district signer adopts an offer");
        }
        UUID districtId = caller.requireOrganisation(OrganisationType.DISTRICT);
        // The offer is read FOR SHARE: adoptions run side by side, but a withdrawal, termination or
        // expiry (which update the row) waits for them, and they for it, so none lands after it.
        return oneAtATime(offerId, districtId).flatMap(locked -> offer(offerId, LockModeType.PESSIMISTIC_READ))
                .flatMap(o -> agreements
                .find("originAgreementId = ?1 and districtId = ?2 and kind = ?3", o.id, districtId, AgreementKind.ADOPTION)
                .<Agreement>firstResult()
                .flatMap(existing -> existing != null
                        ? Uni.createFrom().item(new Adoption(existing, false))
                        : district(districtId).flatMap(d -> refuseIfClosed(o, d).flatMap(ok -> exhibit(o, d))
                                .flatMap(text -> create(o, d, text, request, origin))
                                .map(a -> new Adoption(a, true)))));
    }

    @WithTransaction
    public Uni<Agreement> withdraw(UUID offerId, SigningService.Origin origin) {
        return offer(offerId, LockModeType.PESSIMISTIC_WRITE).flatMap(o -> {
            if (!caller.actsFor(OrganisationType.VENDOR, o.vendorId)
                    || !(caller.hasRole(Roles.VENDOR_SIGNER) || caller.hasRole(Roles.VENDOR_STAFF))) {
                throw ProblemException.forbidden("Only the vendor withdraws its general offer");
            }
            if (o.offerWithdrawnAt != null) {
                throw ProblemException.conflict("The offer was already withdrawn on " + o.offerWithdrawnAt);
            }
            o.offerWithdrawnAt = Instant.now();
            o.updatedAt = o.offerWithdrawnAt;
            return outbox.publish(o.id, new OfferWithdrawn(o.id, o.vendorId, o.offerWithdrawnAt))
                    .call(() -> trail.append(o.id, EvidenceType.OFFER_WITHDRAWN, trail.caller(), origin, o.documentHash,
                            "The general offer is closed to new adoptions"))
                    .replaceWith(o);
        });
    }

    /**
     * Serialises adoptions of one offer by one district until this transaction ends. A retry that
     * arrives while the first attempt is still running waits here, then finds its committed adoption
     * and answers it, as a later retry would, instead of tripping over the unique index.
     */
    private Uni<Void> oneAtATime(UUID offerId, UUID districtId) {
        return TransactionLocks.hold("adoption:" + offerId + ":" + districtId);
    }

    private Uni<Void> refuseIfClosed(Agreement o, KnownDistrict d) {
        if (!o.generalOffer) {
            throw ProblemException.unprocessable("agreementId", "This agreement carries no general offer");
        }
        if ("MODIFIED".equals(o.classification)) {
            throw ProblemException.unprocessable("agreementId", "The terms were modified for one district: they cannot be adopted");
        }
        if (o.status == AgreementStatus.TERMINATED) {
            throw ProblemException.conflict("The original agreement was terminated; its offer is void");
        }
        if (o.status == AgreementStatus.EXPIRED || (o.expiresOn != null && o.expiresOn.isBefore(LocalDate.now()))) {
            throw ProblemException.conflict("The offer expired on " + o.expiresOn + "; ask the coordinators to negotiate anew");
        }
        if (o.status != AgreementStatus.EXECUTED) {
            throw ProblemException.conflict("The agreement is " + o.status + ": its offer opens once it is executed");
        }
        if (o.offerWithdrawnAt != null) {
            throw ProblemException.conflict("The vendor withdrew this offer on " + o.offerWithdrawnAt);
        }
        if (o.districtId.equals(d.id)) {
            throw ProblemException.conflict("Your district originated this agreement; it already holds it");
        }
        if (!o.state.equals(d.state)) {
            throw ProblemException.unprocessable("districtId", "The offer is open to districts in " + o.state
                    + "; your district is in " + d.state);
        }
        return memberships.consortiaOf(d.id).map(consortia -> {
            if (!consortia.contains(o.consortiumId)) {
                throw ProblemException.unprocessable("districtId",
                        "The offer is open to members of the consortium that negotiated it; your district is not one");
            }
            return null;
        });
    }

    private Uni<String> exhibit(Agreement o, KnownDistrict d) {
        return products.list("key.agreementId", Sort.ascending("name"), o.id).map(ps -> AgreementDocument.exhibitE(
                o.documentHash, o.termsHash, o.vendorName, d.name, o.state,
                ps.stream().map(p -> new AgreementDocument.Product(p.name, AgreementViews.elements(p.dataElements))).toList(),
                String.valueOf(o.expiresOn)));
    }

    private Uni<Agreement> create(Agreement o, KnownDistrict d, String exhibit, SignatureRequest request,
            SigningService.Origin origin) {
        String hash = AgreementDocument.sha256(exhibit);
        if (!hash.equalsIgnoreCase(request.documentSha256())) {
            throw ProblemException.conflict("The Exhibit E you reviewed (" + request.documentSha256()
                    + ") is not the current one (" + hash + "); review it again");
        }
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.kind = AgreementKind.ADOPTION;
        a.termsId = o.termsId;
        a.termsHash = o.termsHash;
        a.classification = o.classification;
        a.vendorId = o.vendorId;
        a.vendorName = o.vendorName;
        a.districtId = d.id;
        a.districtName = d.name;
        a.consortiumId = o.consortiumId;
        a.state = o.state;
        a.generalOffer = false;
        a.originAgreementId = o.id;
        a.status = AgreementStatus.EXECUTED;
        a.document = exhibit;
        a.documentHash = hash;
        a.effectiveOn = LocalDate.now();
        a.expiresOn = o.expiresOn;
        a.searchText = org.compactdpa.platform.text.SearchText.fold(o.searchText + " " + d.name);
        a.createdAt = Instant.now();
        a.updatedAt = a.createdAt;
        a.createdBy = caller.subject();
        return agreements.persist(a)
                .call(saved -> products.list("key.agreementId", o.id).flatMap(ps -> {
                    List<AgreementProduct> copies = new ArrayList<>();
                    for (AgreementProduct p : ps) {
                        AgreementProduct c = new AgreementProduct();
                        c.key = new AgreementProduct.Key(a.id, p.key.productId());
                        c.name = p.name;
                        c.dataElements = p.dataElements;
                        copies.add(c);
                    }
                    return products.persist(copies.stream())
                            .call(() -> signatures.persist(signing.signature(a.id, "DISTRICT", d.id, hash, origin)))
                            .call(() -> outbox.publish(a.id, new AgreementAdopted(a.id, o.id, a.vendorId, a.vendorName,
                                    d.id, a.consortiumId, a.state, copies.stream()
                                            .map(p -> new org.compactdpa.contracts.events.AgreementProduct(
                                                    p.key.productId(), p.name)).toList(),
                                    a.effectiveOn, a.expiresOn, a.createdAt)))
                            .call(() -> evidence(o, a, d, origin));
                }));
    }

    /**
     * The adoption's own trail (the district's signature on Exhibit E, then execution) and an entry on
     * the original's trail. The original's trail is appended last: many districts adopt at once and
     * its lock is the contended one.
     */
    private Uni<Void> evidence(Agreement o, Agreement a, KnownDistrict d, SigningService.Origin origin) {
        return trail.append(a.id, EvidenceType.ADOPTED, trail.caller(), origin, a.documentHash,
                        signing.signedDetails("DISTRICT") + "; adopts the general offer of agreement " + o.id)
                .flatMap(signed -> trail.appendBySystem(a.id, EvidenceType.EXECUTED, a.documentHash,
                        SigningService.executedDetails(a)))
                .flatMap(executed -> seals.request(a.id, executed))
                .flatMap(sealing -> trail.append(o.id, EvidenceType.ADOPTED, trail.caller(), origin, a.documentHash,
                        "Adopted by " + d.name + " (" + d.id + ") as agreement " + a.id))
                .replaceWithVoid();
    }

    private Uni<Agreement> offer(UUID offerId) {
        return offer(offerId, LockModeType.NONE);
    }

    private Uni<Agreement> offer(UUID offerId, LockModeType lock) {
        return agreements.findById(offerId, lock)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Offer", offerId))
                .invoke(o -> {
                    if (o.kind != AgreementKind.ORIGINAL) {
                        throw ProblemException.notFound("Offer", offerId);
                    }
                });
    }

    private Uni<KnownDistrict> district(UUID districtId) {
        return districts.findById(districtId).onItem().ifNull().failWith(() -> ProblemException.unprocessable(
                "districtId", "District " + districtId + " is not known here"));
    }
}
