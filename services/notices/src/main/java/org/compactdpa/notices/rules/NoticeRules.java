package org.compactdpa.notices.rules;

import static org.compactdpa.contracts.vocabulary.OrganisationType.DISTRICT;
import static org.compactdpa.contracts.vocabulary.OrganisationType.VENDOR;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.compactdpa.contracts.events.AccountActivated;
import org.compactdpa.contracts.events.AccountDeactivated;
import org.compactdpa.contracts.events.AccountInvited;
import org.compactdpa.contracts.events.AccountRolesChanged;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementDeclined;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.events.AgreementExpiring;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.contracts.events.AgreementSigned;
import org.compactdpa.contracts.events.AgreementTerminated;
import org.compactdpa.contracts.events.AppRequestResolved;
import org.compactdpa.contracts.events.AppRequestSubmitted;
import org.compactdpa.contracts.events.AuditClosed;
import org.compactdpa.contracts.events.AuditNoticed;
import org.compactdpa.contracts.events.AuditScheduled;
import org.compactdpa.contracts.events.BreachAcknowledged;
import org.compactdpa.contracts.events.BreachNoticeDelivered;
import org.compactdpa.contracts.events.BreachNoticeOverdue;
import org.compactdpa.contracts.events.BreachReported;
import org.compactdpa.contracts.events.BreachUpdated;
import org.compactdpa.contracts.events.DispositionAttested;
import org.compactdpa.contracts.events.DispositionOffered;
import org.compactdpa.contracts.events.DispositionOverdue;
import org.compactdpa.contracts.events.DispositionRequested;
import org.compactdpa.contracts.events.DispositionSettled;
import org.compactdpa.contracts.events.Events;
import org.compactdpa.contracts.events.NegotiationOpened;
import org.compactdpa.contracts.events.OfferWithdrawn;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProposalEvent;
import org.compactdpa.contracts.events.ProposalEvents;
import org.compactdpa.contracts.events.SubprocessorsChanged;
import org.compactdpa.contracts.events.VendorApplicationRefused;
import org.compactdpa.contracts.events.VendorApplicationSubmitted;
import org.compactdpa.contracts.events.VendorApplicationVerified;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;

/**
 * Who is told what: one row per event type, each naming the kind of notice, its recipients in words (the
 * same words as docs/notices.md, which a test compares) and the function that writes the notices from the
 * event and the {@link Facts} known at the time. Pure: no database, no clock.
 */
public final class NoticeRules {

    /** One row of the table. */
    public record Rule(String eventType, NoticeKind kind, String recipients,
            BiFunction<Object, Facts, List<Draft>> write) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private static final Map<Class<?>, Rule> TABLE = new LinkedHashMap<>();

    static {
        rule(AgreementSigned.class, NoticeKind.SIGNATURE_REQUESTED,
                "when the vendor signed: the district's signers (\"your turn to sign\")", NoticeRules::signed);
        rule(AgreementExecuted.class, NoticeKind.AGREEMENT_EXECUTED,
                "the vendor's people, the district's people, the consortium's coordinators, subscribers of the vendor or its products",
                NoticeRules::executed);
        rule(AgreementAdopted.class, NoticeKind.AGREEMENT_ADOPTED,
                "the vendor's people, the adopting district's people, the consortium's coordinators, subscribers of the vendor or its products",
                NoticeRules::adopted);
        rule(AgreementDeclined.class, NoticeKind.AGREEMENT_CLOSED,
                "the vendor's people, the district's people, the consortium's coordinators", NoticeRules::declined);
        rule(AgreementTerminated.class, NoticeKind.AGREEMENT_CLOSED,
                "the vendor's people, the district's people, the consortium's coordinators, subscribers of the vendor or its products",
                NoticeRules::terminated);
        rule(AgreementExpired.class, NoticeKind.AGREEMENT_CLOSED,
                "the vendor's people, the district's people, the consortium's coordinators", NoticeRules::expired);
        rule(OfferWithdrawn.class, NoticeKind.AGREEMENT_CLOSED,
                "the vendor's people, the originating district's people, the consortium's coordinators, subscribers of the vendor or its products",
                NoticeRules::withdrawn);
        rule(AgreementExpiring.class, NoticeKind.AGREEMENT_EXPIRING,
                "the vendor's people, the district's people, the consortium's coordinators (90, 30 and 7 days before)",
                NoticeRules::expiring);
        rule(ProductDeclarationChanged.class, NoticeKind.PRODUCT_CHANGED,
                "when the data elements changed: every district holding an agreement that covers the product, subscribers of the product or its vendor",
                NoticeRules::declarationChanged);
        rule(SubprocessorsChanged.class, NoticeKind.PRODUCT_CHANGED,
                "every district holding an agreement that covers the product, subscribers of the product or its vendor",
                NoticeRules::subprocessorsChanged);
        rule(AppRequestSubmitted.class, NoticeKind.APP_REQUEST,
                "the coordinators of the district's consortia", NoticeRules::appRequested);
        rule(AppRequestResolved.class, NoticeKind.APP_REQUEST,
                "the district's people", NoticeRules::appRequestResolved);
        rule(NegotiationOpened.class, NoticeKind.NEGOTIATION,
                "the vendor's people", NoticeRules::negotiationOpened);
        rule(ProposalEvents.Made.class, NoticeKind.NEGOTIATION,
                "the other side: the vendor's people for the consortium's proposals, the coordinators for the vendor's",
                (event, facts) -> proposal(event.proposal(), "made", false, facts));
        rule(ProposalEvents.Accepted.class, NoticeKind.NEGOTIATION,
                "the side that made the proposal", (event, facts) -> proposal(event.proposal(),
                        "accepted", true, facts));
        rule(ProposalEvents.Rejected.class, NoticeKind.NEGOTIATION,
                "the side that made the proposal", (event, facts) -> proposal(event.proposal(),
                        "rejected", true, facts));
        rule(ProposalEvents.Countered.class, NoticeKind.NEGOTIATION,
                "the side that made the proposal", (event, facts) -> proposal(event.proposal(),
                        "answered with a counter-proposal", true, facts));
        rule(VendorApplicationSubmitted.class, NoticeKind.VENDOR_APPLICATION,
                "every coordinator", NoticeRules::applicationSubmitted);
        rule(VendorApplicationVerified.class, NoticeKind.VENDOR_APPLICATION,
                "the vendor's people", NoticeRules::applicationVerified);
        rule(VendorApplicationRefused.class, NoticeKind.VENDOR_APPLICATION,
                "the vendor's people, when the application had made a vendor", NoticeRules::applicationRefused);
        rule(AccountInvited.class, NoticeKind.ACCOUNT,
                "the organisation's administrators", NoticeRules::invited);
        rule(AccountActivated.class, NoticeKind.ACCOUNT,
                "the new person, and the organisation's administrators", NoticeRules::activated);
        rule(AccountRolesChanged.class, NoticeKind.ACCOUNT,
                "the person whose roles changed", NoticeRules::rolesChanged);
        rule(AccountDeactivated.class, NoticeKind.ACCOUNT,
                "the organisation's administrators", NoticeRules::deactivated);
        rule(BreachReported.class, NoticeKind.BREACH,
                "each affected district's people and its consortium's coordinators, with that agreement's deadline",
                Obligations::reported);
        rule(BreachNoticeDelivered.class, NoticeKind.BREACH, "the district's people", Obligations::delivered);
        rule(BreachNoticeOverdue.class, NoticeKind.BREACH,
                "the vendor's people, the district's people, the consortium's coordinators", Obligations::noticeOverdue);
        rule(BreachAcknowledged.class, NoticeKind.BREACH, "the vendor's people", Obligations::acknowledged);
        rule(BreachUpdated.class, NoticeKind.BREACH, "the people of every district the incident concerns", Obligations::updated);
        rule(DispositionOffered.class, NoticeKind.DISPOSITION, "the district's people", Obligations::offered);
        rule(DispositionRequested.class, NoticeKind.DISPOSITION, "the vendor's people", Obligations::requested);
        rule(DispositionAttested.class, NoticeKind.DISPOSITION, "the district's people", Obligations::attested);
        rule(DispositionSettled.class, NoticeKind.DISPOSITION, "the vendor's people", Obligations::settled);
        rule(DispositionOverdue.class, NoticeKind.DISPOSITION,
                "the vendor's people, the district's people, the consortium's coordinators", Obligations::dispositionOverdue);
        rule(AuditNoticed.class, NoticeKind.AUDIT, "the vendor's people", Obligations::auditNoticed);
        rule(AuditScheduled.class, NoticeKind.AUDIT,
                "the district's people (the vendor's dates or confirmation), and the vendor's people once confirmed",
                Obligations::auditScheduled);
        rule(AuditClosed.class, NoticeKind.AUDIT, "the vendor's people", Obligations::auditClosed);
    }

    private NoticeRules() {
    }

    private static void put(Class<?> type, NoticeKind kind, String recipients, BiFunction<Object, Facts, List<Draft>> write) {
        TABLE.put(type, new Rule(Events.typeOf(type).value(), kind, recipients, write));
    }

    @SuppressWarnings("unchecked")
    private static <T> void rule(Class<T> type, NoticeKind kind, String recipients, Writer<T> write) {
        put(type, kind, recipients, (event, facts) -> write.apply((T) event, facts));
    }

    @FunctionalInterface
    private interface Writer<T> {
        List<Draft> apply(T event, Facts facts);
    }

    /** The table, in order. */
    public static List<Rule> table() {
        return List.copyOf(TABLE.values());
    }

    /** The event record types the rules speak about. */
    public static Set<Class<?>> eventClasses() {
        return TABLE.keySet();
    }

    /** The CloudEvent types a webhook endpoint may ask for: those the rules speak about. */
    public static List<String> eventTypes() {
        return TABLE.values().stream().map(Rule::eventType).toList();
    }

    /** The notices an event writes, given what is known; none for an event no rule speaks about. */
    public static List<Draft> draftsFor(Object event, Facts facts) {
        Rule rule = TABLE.get(event.getClass());
        return rule == null ? List.of() : dedupe(rule.write().apply(event, facts));
    }

    /** One notice per audience: the first one written for an audience wins (a party before a subscriber). */
    private static List<Draft> dedupe(List<Draft> drafts) {
        Map<String, Draft> byAudience = new LinkedHashMap<>();
        Set<UUID> organisations = new java.util.HashSet<>();
        for (Draft draft : drafts) {
            Audience audience = draft.audience();
            boolean everyone = !audience.isPerson() && audience.organisationId() != null && audience.roles().isEmpty();
            if (everyone && organisations.contains(audience.organisationId())) {
                continue;
            }
            if (byAudience.putIfAbsent(audience.key(), draft) == null && everyone) {
                organisations.add(audience.organisationId());
            }
        }
        return List.copyOf(byAudience.values());
    }

    // ---- agreements

    private static List<Draft> signed(AgreementSigned event, Facts facts) {
        Facts.AgreementParties agreement = facts.agreement();
        if (!"VENDOR".equals(event.party()) || agreement == null || agreement.districtId() == null) {
            return List.of();
        }
        String vendor = facts.name(agreement.vendorId(), "The vendor");
        return List.of(new Draft(NoticeKind.SIGNATURE_REQUESTED,
                Audience.rolesAt(DISTRICT, agreement.districtId(), Roles.DISTRICT_SIGNER),
                "Your turn to sign: " + vendor + " signed the agreement for " + products(agreement.productNames()),
                event.signerName() + " signed for " + vendor + ". The agreement becomes binding when a signer of "
                        + facts.name(agreement.districtId(), "your district") + " signs it too; review it and sign, or decline it with a reason.",
                agreementLink(event.agreementId())));
    }

    private static List<Draft> executed(AgreementExecuted event, Facts facts) {
        String vendor = name(facts, event.vendorId(), event.vendorName(), "The vendor");
        String district = facts.name(event.districtId(), "the district");
        String products = productNames(event.products());
        String title = district + " and " + vendor + " signed the agreement for " + products;
        String body = "The agreement is in force from " + date(event.effectiveOn()) + " until " + date(event.expiresOn()) + "."
                + (event.generalOffer() ? " It is also a general offer: every district of the consortium may adopt it with one signature." : "");
        List<Draft> drafts = new ArrayList<>();
        drafts.add(new Draft(NoticeKind.AGREEMENT_EXECUTED, Audience.everyoneAt(VENDOR, event.vendorId()), title, body,
                agreementLink(event.agreementId())));
        if (event.districtId() != null) {
            drafts.add(new Draft(NoticeKind.AGREEMENT_EXECUTED, Audience.everyoneAt(DISTRICT, event.districtId()), title, body,
                    agreementLink(event.agreementId())));
        }
        if (event.consortiumId() != null) {
            drafts.add(new Draft(NoticeKind.AGREEMENT_EXECUTED, Audience.coordinatorsOf(event.consortiumId()), title, body,
                    agreementLink(event.agreementId())));
        }
        subscribers(drafts, NoticeKind.AGREEMENT_EXECUTED, facts, title, body, "/registry/agreements/" + event.agreementId());
        return drafts;
    }

    private static List<Draft> adopted(AgreementAdopted event, Facts facts) {
        String vendor = name(facts, event.vendorId(), event.vendorName(), "The vendor");
        String district = facts.name(event.districtId(), "A district");
        String products = productNames(event.products());
        String until = "The adoption carries the original agreement's terms and expires with it on " + date(event.expiresOn()) + ".";
        List<Draft> drafts = new ArrayList<>();
        drafts.add(new Draft(NoticeKind.AGREEMENT_ADOPTED, Audience.everyoneAt(VENDOR, event.vendorId()),
                district + " adopted your general offer for " + products,
                district + " signed Exhibit E and is now bound to your agreement. " + until, agreementLink(event.agreementId())));
        drafts.add(new Draft(NoticeKind.AGREEMENT_ADOPTED, Audience.everyoneAt(DISTRICT, event.districtId()),
                district + " adopted " + vendor + "'s general offer for " + products, until, agreementLink(event.agreementId())));
        String title = district + " adopted " + vendor + "'s general offer for " + products;
        if (event.consortiumId() != null) {
            drafts.add(new Draft(NoticeKind.AGREEMENT_ADOPTED, Audience.coordinatorsOf(event.consortiumId()), title, until,
                    agreementLink(event.agreementId())));
        }
        subscribers(drafts, NoticeKind.AGREEMENT_ADOPTED, facts, title, until, "/registry/agreements/" + event.agreementId());
        return drafts;
    }

    private static List<Draft> declined(AgreementDeclined event, Facts facts) {
        String by = "VENDOR".equals(event.party()) ? facts.name(event.vendorId(), "The vendor")
                : facts.name(event.districtId(), "The district");
        return closed(event.agreementId(), event.vendorId(), event.districtId(), facts, false,
                by + " declined the agreement for " + agreementProducts(facts),
                "Reason given: " + event.reason());
    }

    private static List<Draft> terminated(AgreementTerminated event, Facts facts) {
        String by = "VENDOR".equals(event.party()) ? facts.name(event.vendorId(), "The vendor")
                : facts.name(event.districtId(), "The district");
        return closed(event.agreementId(), event.vendorId(), event.districtId(), facts, true,
                by + " terminated the agreement for " + agreementProducts(facts),
                "Reason given: " + event.reason() + " The district may now ask for the return or destruction of its data.");
    }

    private static List<Draft> expired(AgreementExpired event, Facts facts) {
        return closed(event.agreementId(), event.vendorId(), event.districtId(), facts, false,
                "The agreement for " + agreementProducts(facts) + " expired on " + date(event.expiredOn()),
                "It no longer covers the use of the products. The district may ask for the return or destruction of its data.");
    }

    private static List<Draft> withdrawn(OfferWithdrawn event, Facts facts) {
        Facts.AgreementParties agreement = facts.agreement();
        UUID district = agreement == null ? null : agreement.districtId();
        return closed(event.agreementId(), event.vendorId(), district, facts, true,
                facts.name(event.vendorId(), "The vendor") + " withdrew its general offer for " + agreementProducts(facts),
                "Districts can no longer adopt it. Adoptions already signed stay in force.");
    }

    private static List<Draft> closed(UUID agreementId, UUID vendorId, UUID districtId, Facts facts, boolean subscribersToo,
            String title, String body) {
        List<Draft> drafts = new ArrayList<>();
        String link = agreementLink(agreementId);
        drafts.add(new Draft(NoticeKind.AGREEMENT_CLOSED, Audience.everyoneAt(VENDOR, vendorId), title, body, link));
        if (districtId != null) {
            drafts.add(new Draft(NoticeKind.AGREEMENT_CLOSED, Audience.everyoneAt(DISTRICT, districtId), title, body, link));
        }
        consortium(facts).ifPresent(consortium -> drafts.add(
                new Draft(NoticeKind.AGREEMENT_CLOSED, Audience.coordinatorsOf(consortium), title, body, link)));
        if (subscribersToo) {
            subscribers(drafts, NoticeKind.AGREEMENT_CLOSED, facts, title, body, "/registry/agreements/" + agreementId);
        }
        return drafts;
    }

    private static List<Draft> expiring(AgreementExpiring event, Facts facts) {
        String title = "The agreement for " + agreementProducts(facts) + " expires in " + event.daysLeft() + " days";
        String body = "It ends on " + date(event.expiresOn()) + ". To go on using the products, the vendor and the consortium "
                + "negotiate a new agreement (or the district adopts a new general offer) before then; otherwise the district "
                + "should plan the return or destruction of its data.";
        List<Draft> drafts = new ArrayList<>();
        String link = agreementLink(event.agreementId());
        drafts.add(new Draft(NoticeKind.AGREEMENT_EXPIRING, Audience.everyoneAt(VENDOR, event.vendorId()), title, body, link));
        if (event.districtId() != null) {
            drafts.add(new Draft(NoticeKind.AGREEMENT_EXPIRING, Audience.everyoneAt(DISTRICT, event.districtId()), title, body, link));
        }
        consortium(facts).ifPresent(consortium -> drafts.add(
                new Draft(NoticeKind.AGREEMENT_EXPIRING, Audience.coordinatorsOf(consortium), title, body, link)));
        return drafts;
    }

    // ---- products

    private static List<Draft> declarationChanged(ProductDeclarationChanged event, Facts facts) {
        boolean dataChanged = !event.addedDataElements().isEmpty() || !event.removedDataElements().isEmpty()
                || event.otherDataElementsChanged();
        if (!dataChanged) {
            return List.of();
        }
        String vendor = facts.name(event.vendorId(), "its vendor");
        StringBuilder body = new StringBuilder("Declaration version " + event.declarationVersion() + ".");
        if (!event.addedDataElements().isEmpty()) {
            body.append(" Now collected: ").append(elements(event.addedDataElements())).append('.');
        }
        if (!event.removedDataElements().isEmpty()) {
            body.append(" No longer collected: ").append(elements(event.removedDataElements())).append('.');
        }
        if (event.otherDataElementsChanged()) {
            body.append(" The description of other data collected changed.");
        }
        return productAudiences(facts, event.name() + " (" + vendor + ") changed the student data it collects",
                body.toString(), "/products/" + event.productId());
    }

    private static List<Draft> subprocessorsChanged(SubprocessorsChanged event, Facts facts) {
        String product = facts.name(event.productId(), "A product");
        StringBuilder body = new StringBuilder("Declaration version " + event.declarationVersion() + ".");
        if (!event.added().isEmpty()) {
            body.append(" Added: ").append(String.join(", ", event.added())).append('.');
        }
        if (!event.removed().isEmpty()) {
            body.append(" Removed: ").append(String.join(", ", event.removed())).append('.');
        }
        if (!event.changed().isEmpty()) {
            body.append(" Changed (purpose, data or location): ").append(String.join(", ", event.changed())).append('.');
        }
        return productAudiences(facts, product + " changed its subprocessors", body.toString(), "/products/" + event.productId());
    }

    private static List<Draft> productAudiences(Facts facts, String title, String body, String link) {
        List<Draft> drafts = new ArrayList<>();
        for (UUID district : facts.holdingDistricts()) {
            drafts.add(new Draft(NoticeKind.PRODUCT_CHANGED, Audience.everyoneAt(DISTRICT, district), title, body, link));
        }
        subscribers(drafts, NoticeKind.PRODUCT_CHANGED, facts, title, body, link);
        return drafts;
    }

    // ---- app requests and negotiations

    private static List<Draft> appRequested(AppRequestSubmitted event, Facts facts) {
        String district = facts.name(event.districtId(), "A district");
        String body = "OFFER_AVAILABLE".equals(event.status())
                ? "An open general offer covers it; the district can adopt it."
                : "No agreement covers it yet; the request waits in the consortium's queue.";
        List<Draft> drafts = new ArrayList<>();
        for (UUID consortium : facts.consortiaOfDistrict()) {
            drafts.add(new Draft(NoticeKind.APP_REQUEST, Audience.coordinatorsOf(consortium),
                    district + " asked for " + event.productName(), body, "/consortia/" + consortium + "/app-requests"));
        }
        return drafts;
    }

    private static List<Draft> appRequestResolved(AppRequestResolved event, Facts facts) {
        String product = facts.name(event.productId(), "a product");
        String outcome = switch (event.outcome()) {
            case "NEGOTIATION_STARTED" -> "the consortium started negotiating an agreement for it";
            case "ALREADY_COVERED" -> "an agreement already covers it";
            case "DECLINED" -> "the consortium declined it";
            case "APPROVED" -> "it is approved";
            default -> event.outcome().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
        String note = event.note() == null || event.note().isBlank() ? "" : "Note: " + event.note();
        return List.of(new Draft(NoticeKind.APP_REQUEST, Audience.everyoneAt(DISTRICT, event.districtId()),
                "Your request for " + product + ": " + outcome, note, "/districts/" + event.districtId() + "/app-requests"));
    }

    private static List<Draft> negotiationOpened(NegotiationOpened event, Facts facts) {
        String consortium = facts.name(event.consortiumId(), "A consortium");
        return List.of(new Draft(NoticeKind.NEGOTIATION, Audience.everyoneAt(VENDOR, event.vendorId()),
                consortium + " opened a negotiation with you",
                "It starts from version " + event.version() + " of the consortium's standard agreement; propose changes clause by clause.",
                "/negotiations/" + event.negotiationId()));
    }

    private static List<Draft> proposal(ProposalEvent proposal, String what, boolean toProposer, Facts facts) {
        Facts.NegotiationSides sides = facts.negotiation();
        if (sides == null) {
            return List.of();
        }
        boolean vendorProposed = "VENDOR".equals(proposal.party());
        boolean toVendor = toProposer == vendorProposed;
        Audience audience = toVendor ? Audience.everyoneAt(VENDOR, sides.vendorId()) : Audience.coordinatorsOf(sides.consortiumId());
        String proposer = vendorProposed ? facts.name(sides.vendorId(), "The vendor") : facts.name(sides.consortiumId(), "The consortium");
        String title = toProposer
                ? "Your proposal on clause " + proposal.clauseKey() + " was " + what
                : proposer + " made a proposal on clause " + proposal.clauseKey();
        return List.of(new Draft(NoticeKind.NEGOTIATION, audience, title,
                toProposer ? "Open the negotiation to see the answer." : "Accept it, reject it or answer with a counter-proposal.",
                "/negotiations/" + proposal.negotiationId()));
    }

    // ---- vendor applications and accounts

    private static List<Draft> applicationSubmitted(VendorApplicationSubmitted event, Facts facts) {
        return List.of(new Draft(NoticeKind.VENDOR_APPLICATION, Audience.everyCoordinator(),
                "New vendor application: " + event.company(),
                event.legalName() + " (" + event.website() + ") applied; it waits for the applicant to confirm their address, then for verification.",
                "/coordinator/vendor-applications/" + event.applicationId()));
    }

    private static List<Draft> applicationVerified(VendorApplicationVerified event, Facts facts) {
        return List.of(new Draft(NoticeKind.VENDOR_APPLICATION, Audience.everyoneAt(VENDOR, event.vendorId()),
                event.legalName() + " is verified",
                "A coordinator checked the company, the signer's authority and the breach contact. Consortia can now negotiate with you.",
                "/vendor"));
    }

    private static List<Draft> applicationRefused(VendorApplicationRefused event, Facts facts) {
        if (event.vendorId() == null) {
            return List.of();
        }
        return List.of(new Draft(NoticeKind.VENDOR_APPLICATION, Audience.everyoneAt(VENDOR, event.vendorId()),
                "The verification of " + event.legalName() + " was refused", "Reason given: " + event.reason(), "/vendor"));
    }

    private static List<Draft> invited(AccountInvited event, Facts facts) {
        OrganisationType type = OrganisationType.valueOf(event.organisationType());
        return List.of(new Draft(NoticeKind.ACCOUNT, Audience.administratorsOf(type, event.organisationId()),
                event.email() + " was invited to " + facts.name(event.organisationId(), "your organisation"),
                "Roles: " + String.join(", ", event.roles()) + ". The invitation works until it is accepted, revoked or expires.",
                "/people/invitations"));
    }

    private static List<Draft> activated(AccountActivated event, Facts facts) {
        OrganisationType type = OrganisationType.valueOf(event.organisationType());
        String organisation = facts.name(event.organisationId(), "your organisation");
        List<Draft> drafts = new ArrayList<>();
        drafts.add(new Draft(NoticeKind.ACCOUNT, Audience.person(event.personId()),
                "Welcome to " + organisation + " on Compact",
                "Your roles: " + String.join(", ", event.roles()) + ". Choose how you are told of things under notice preferences.",
                "/inbox/preferences"));
        drafts.add(new Draft(NoticeKind.ACCOUNT, Audience.administratorsOf(type, event.organisationId()),
                event.email() + " joined " + organisation, "Roles: " + String.join(", ", event.roles()) + ".", "/people"));
        return drafts;
    }

    private static List<Draft> rolesChanged(AccountRolesChanged event, Facts facts) {
        StringBuilder body = new StringBuilder("Your roles now: " + String.join(", ", event.roles()) + ".");
        if (!event.added().isEmpty()) {
            body.append(" Added: ").append(String.join(", ", event.added())).append('.');
        }
        if (!event.removed().isEmpty()) {
            body.append(" Removed: ").append(String.join(", ", event.removed())).append('.');
        }
        return List.of(new Draft(NoticeKind.ACCOUNT, Audience.person(event.personId()),
                "Your roles at " + facts.name(event.organisationId(), "your organisation") + " changed", body.toString(), "/"));
    }

    private static List<Draft> deactivated(AccountDeactivated event, Facts facts) {
        OrganisationType type = OrganisationType.valueOf(event.organisationType());
        return List.of(new Draft(NoticeKind.ACCOUNT, Audience.administratorsOf(type, event.organisationId()),
                event.email() + " was deactivated", "Their account can no longer sign in.", "/people"));
    }

    // ---- helpers

    private static void subscribers(List<Draft> drafts, NoticeKind kind, Facts facts, String title, String body, String link) {
        for (Audience subscriber : facts.subscribers()) {
            drafts.add(new Draft(kind, subscriber, title, body + " (You subscribed to this vendor or product.)", link));
        }
    }

    private static Optional<UUID> consortium(Facts facts) {
        return Optional.ofNullable(facts.agreement()).map(Facts.AgreementParties::consortiumId);
    }

    private static String agreementProducts(Facts facts) {
        return facts.agreement() == null ? "its products" : products(facts.agreement().productNames());
    }

    private static String productNames(List<AgreementProduct> products) {
        return products(products == null ? List.of() : products.stream().map(AgreementProduct::name).toList());
    }

    static String products(List<String> names) {
        if (names.isEmpty()) {
            return "its products";
        }
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    private static String name(Facts facts, UUID id, String announced, String otherwise) {
        return announced != null && !announced.isBlank() ? announced : facts.name(id, otherwise);
    }

    private static String elements(List<DataElement> elements) {
        return elements.stream().map(element -> element.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "(not set)" : DATE.format(date);
    }

    private static String agreementLink(UUID agreementId) {
        return "/agreements/" + agreementId;
    }
}
