package org.compactdpa.accounts.applications;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.compactdpa.accounts.audit.AuditTrail;
import org.compactdpa.accounts.links.IssuedLink;
import org.compactdpa.accounts.links.LinkTokens;
import org.compactdpa.accounts.mail.Mails;
import org.compactdpa.accounts.organisations.Organisation;
import org.compactdpa.contracts.events.VendorApplicationRefused;
import org.compactdpa.contracts.events.VendorApplicationSubmitted;
import org.compactdpa.contracts.events.VendorApplicationVerified;
import org.compactdpa.contracts.events.VerificationChecklist;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.Problem;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * Vendor applications: anyone applies (and gets a mail with a confirmation link), coordinators and
 * platform administrators read the queue and verify or refuse. Confirming is {@link ApplicationConfirmation}.
 */
@ApplicationScoped
public class VendorApplicationService {

    private final LinkTokens links;
    private final Mails mails;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public VendorApplicationService(LinkTokens links, Mails mails, Outbox outbox, AuditTrail audit, Caller caller,
            Clock clock) {
        this.links = links;
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Stores the application and mails the confirmation link, in one transaction: a mail that cannot
     * be sent leaves no application behind. Nothing tells whether the address has an account already.
     */
    @WithTransaction
    public Uni<SubmissionView> submit(ApplicationInput input) {
        IssuedLink link = links.confirmation();
        VendorApplication a = new VendorApplication();
        a.id = UUID.randomUUID();
        a.vendorId = UUID.randomUUID();
        a.company = input.company().strip();
        a.legalName = input.legalName().strip();
        a.website = input.website().strip();
        a.contactFirstName = input.contactFirstName().strip();
        a.contactLastName = input.contactLastName().strip();
        a.email = input.email().strip().toLowerCase(Locale.ROOT);
        a.signerAuthorityDeclared = input.authorityToSign();
        a.status = ApplicationStatus.SUBMITTED;
        a.tokenHash = link.tokenHash();
        a.tokenExpiresAt = link.expiresAt();
        a.submittedAt = clock.instant();
        return a.<VendorApplication>persist()
                .call(() -> outbox.publish(a.id, new VendorApplicationSubmitted(a.id, a.company, a.legalName, a.website,
                        a.contactName(), a.email, a.signerAuthorityDeclared, a.submittedAt)))
                .call(() -> audit.byApplicant(a.email, "vendor-application.submitted", a.id.toString(),
                        "company " + a.company + (a.signerAuthorityDeclared ? ", declares authority to sign" : "")))
                .call(() -> mails.applicationConfirmation(a.email, a.contactFirstName, a.company, link))
                .map(SubmissionView::of);
    }

    @WithSession
    public Uni<Page<ApplicationView>> list(ApplicationStatus status, PageRequest page) {
        return Pages.of(VendorApplication.withStatus(status), page).map(found -> found.map(ApplicationView::of));
    }

    @WithSession
    public Uni<ApplicationView> read(UUID id) {
        return VendorApplication.<VendorApplication>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Vendor application", id))
                .map(ApplicationView::of);
    }

    /** Verifies the vendor of a confirmed application against the checklist; vendors learns it by event. */
    @WithTransaction
    public Uni<ApplicationView> verify(UUID id, VerificationInput input) {
        requireEveryCheck(input);
        return locked(id)
                .invoke(a -> {
                    a.status = a.status.moveTo(ApplicationStatus.VERIFIED);
                    decide(a, input.note());
                    a.checkedCompanyIdentity = true;
                    a.checkedSignerAuthority = true;
                    a.checkedBreachContact = true;
                })
                .call(a -> outbox.publish(a.id, new VendorApplicationVerified(a.id, a.vendorId, a.legalName,
                        new VerificationChecklist(true, true, true), a.decisionNote, a.decidedBy, a.decidedByName,
                        a.decidedAt)))
                .call(a -> audit.byCaller("vendor-application.verified", vendorOf(a), a.id.toString(), a.email,
                        "company identity, signer authority and breach contact checked: " + a.decisionNote))
                .map(ApplicationView::of);
    }

    /** Refuses an application not yet decided; a confirmed one leaves its vendor UNVERIFIED. */
    @WithTransaction
    public Uni<ApplicationView> refuse(UUID id, RefusalInput input) {
        return locked(id)
                .invoke(a -> {
                    a.status = a.status.moveTo(ApplicationStatus.REFUSED);
                    decide(a, input.reason().strip());
                })
                .call(a -> outbox.publish(a.id, new VendorApplicationRefused(a.id,
                        a.confirmedAt == null ? null : a.vendorId, a.legalName, a.email, a.decisionNote, a.decidedBy,
                        a.decidedByName, a.decidedAt)))
                .call(a -> audit.byCaller("vendor-application.refused", a.confirmedAt == null ? null : vendorOf(a),
                        a.id.toString(), a.email, a.decisionNote))
                .map(ApplicationView::of);
    }

    private void decide(VendorApplication a, String note) {
        a.decidedAt = clock.instant();
        a.decidedBy = caller.subject();
        a.decidedByName = caller.displayName();
        a.decisionNote = note.strip();
    }

    private static Uni<VendorApplication> locked(UUID id) {
        return VendorApplication.locked(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Vendor application", id));
    }

    static Organisation vendorOf(VendorApplication a) {
        return new Organisation(OrganisationType.VENDOR, a.vendorId);
    }

    /** Every item of the checklist must be confirmed; the answer names each one that is not. */
    private static void requireEveryCheck(VerificationInput input) {
        List<Problem.FieldError> unchecked = new ArrayList<>();
        if (!input.companyIdentity()) {
            unchecked.add(new Problem.FieldError("companyIdentity", "must be confirmed before the vendor is verified"));
        }
        if (!input.signerAuthority()) {
            unchecked.add(new Problem.FieldError("signerAuthority", "must be confirmed before the vendor is verified"));
        }
        if (!input.breachContact()) {
            unchecked.add(new Problem.FieldError("breachContact", "must be confirmed before the vendor is verified"));
        }
        if (!unchecked.isEmpty()) {
            throw new ProblemException(422, "unprocessable", "The request cannot be carried out",
                    "Every item of the checklist must be confirmed", unchecked);
        }
    }
}
