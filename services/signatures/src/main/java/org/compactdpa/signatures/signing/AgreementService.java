package org.compactdpa.signatures.signing;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementCreated;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementAccess;
import org.compactdpa.signatures.agreements.AgreementProduct;
import org.compactdpa.signatures.agreements.AgreementView;
import org.compactdpa.signatures.agreements.AgreementViews;
import org.compactdpa.signatures.directory.KnownTerms;
import org.compactdpa.signatures.evidence.EvidenceType;
import org.compactdpa.signatures.evidence.Origin;

/**
 * Prepares agreements from frozen terms and shows them to their parties; the document is rendered
 * once, here, and never again.
 */
@ApplicationScoped
public class AgreementService {

    private final Preparation preparation;
    private final AgreementAccess access;
    private final AgreementSteps steps;
    private final AgreementViews views;
    private final Caller caller;

    public AgreementService(Preparation preparation, AgreementAccess access, AgreementSteps steps, AgreementViews views,
            Caller caller) {
        this.preparation = preparation;
        this.access = access;
        this.steps = steps;
        this.views = views;
        this.caller = caller;
    }

    @WithTransaction
    public Uni<AgreementView> create(NewAgreement input, Origin origin) {
        if (caller.hasRole(Roles.DISTRICT_SIGNER) && !caller.actsFor(OrganisationType.DISTRICT, input.districtId())) {
            throw ProblemException.forbidden("District signers prepare agreements for their own district only");
        }
        return KnownTerms.<KnownTerms>findById(input.termsId())
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("termsId",
                        "Terms " + input.termsId() + " are not known here (yet)"))
                .flatMap(t -> {
                    if (caller.hasRole(Roles.COORDINATOR) && !caller.actsFor(OrganisationType.CONSORTIUM, t.consortiumId)) {
                        throw ProblemException.forbidden("These terms belong to another consortium");
                    }
                    // MODIFIED terms never carry the offer, whatever the flag that came with them says.
                    if (input.generalOffer() && (!t.generalOfferEligible || "MODIFIED".equals(t.classification))) {
                        throw ProblemException.unprocessable("generalOffer", "These terms are " + t.classification
                                + " or exclude Exhibit E: they cannot carry a general offer");
                    }
                    return preparation.parts(t, input);
                })
                .flatMap(parts -> {
                    Agreement a = preparation.draft(parts, input.generalOffer());
                    return steps.commit(Step.on(a).movingTo(AgreementStatus.AWAITING_VENDOR)
                            .adding(() -> AgreementProduct.persist(parts.sortedProducts().stream().map(p ->
                                    AgreementProduct.of(a.id, p.id, p.name, AgreementProduct.delimited(p.dataElements)))))
                            .announcing(new AgreementCreated(a.id, a.vendorId, a.vendorName, a.districtId,
                                    a.consortiumId, a.state, parts.covered(), a.generalOffer, a.termsHash, a.createdAt))
                            .recording(EvidenceType.CREATED, origin, "Prepared from terms " + a.termsHash + " for "
                                    + a.vendorName + " and " + a.districtName
                                    + (a.generalOffer ? ", with a general offer (Exhibit E)" : "")));
                })
                .flatMap(views::of);
    }

    @WithSession
    public Uni<AgreementView> find(UUID id) {
        return access.visible(id).flatMap(views::of);
    }

    /** The document for a party to review; each view is recorded in the evidence trail. */
    @WithTransaction
    public Uni<DocumentView> document(UUID id, Origin origin) {
        return access.visible(id)
                .flatMap(a -> steps.commit(Step.on(a).recording(EvidenceType.DOCUMENT_VIEWED, origin, null)))
                .map(a -> new DocumentView(a.id, a.document, a.documentHash));
    }
}
