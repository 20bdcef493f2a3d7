package org.compactdpa.portal.coordinator;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.Created;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.SignaturesClient;
import org.compactdpa.portal.clients.SignaturesClient.NewAgreement;
import org.compactdpa.portal.clients.TemplatesClient;
import org.compactdpa.portal.pages.Submission;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Preparing an agreement: STANDARD terms are issued from the chosen published version, then the
 * agreement is asked of signatures. The terms reach signatures by event, a moment after they were
 * issued; until then it answers 422 naming termsId, and the coordinator is told so plainly and
 * submits again (with the same terms) rather than the page waiting on their behalf.
 */
@ApplicationScoped
public class AgreementPreparation {

    private static final String VERSION_CHOICE = "[0-9a-fA-F-]{36}/[0-9]{1,6}";

    private final TemplatesClient templates;
    private final SignaturesClient signatures;
    private final CoordinatorHome home;

    public AgreementPreparation(@RestClient TemplatesClient templates, @RestClient SignaturesClient signatures,
            CoordinatorHome home) {
        this.templates = templates;
        this.signatures = signatures;
        this.home = home;
    }

    /** The agreement's review page, or the form again with what stood in the way. */
    Object prepare(PrepareForm submitted) {
        PrepareForm form;
        try {
            form = submitted.issuedTerms() != null ? submitted : submitted.withTerms(issueTerms(submitted.version()));
        } catch (ServiceProblem refusal) {
            if (!refusal.isClientError()) {
                throw refusal;
            }
            return again(submitted, refusal);
        }
        NewAgreement agreement = new NewAgreement(form.issuedTerms(), form.districtId(), form.productIds(),
                form.generalOffer());
        return Submission.of(signatures.prepare(agreement), (Created created) -> "/agreements/" + created.id() + "/review",
                refusal -> again(form, refusal));
    }

    private UUID issueTerms(String choice) {
        if (choice == null || !choice.matches(VERSION_CHOICE)) {
            throw ServiceProblem.invalidField("Choose the terms", "Pick a published template version.", "version",
                    "must name a published version");
        }
        String[] version = choice.split("/", 2);
        return Answers.await(templates.issueStandardTerms(UUID.fromString(version[0]), Integer.parseInt(version[1]),
                Map.of())).id();
    }

    private TemplateInstance again(PrepareForm form, ServiceProblem refusal) {
        boolean termsOnTheirWay = refusal.status() == 422 && refusal.names("termsId");
        return home.page(null, termsOnTheirWay ? null : refusal, form, termsOnTheirWay);
    }
}
