package org.compactdpa.signatures.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementKind;
import org.compactdpa.signatures.directory.KnownDistrict;
import org.compactdpa.signatures.offers.AdoptionPolicy.Facts;
import org.compactdpa.signatures.offers.AdoptionPolicy.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each reason the policy refuses an adoption for, from the facts alone, and the one case it accepts. */
@Tag("fast")
class AdoptionPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    static final UUID CONSORTIUM = UUID.fromString("6f1d3c1e-0000-4000-8000-0000000000c0");
    static final UUID MAPLE = UUID.fromString("6f1d3c1e-0000-4000-8000-0000000000d1");
    static final UUID HARBOR = UUID.fromString("6f1d3c1e-0000-4000-8000-0000000000d2");
    static final String EXHIBIT = "ab".repeat(32);

    /** Maple's executed offer in MA, in force for two more years, and Harbor (MA, a member) adopting it. */
    static Facts facts(Consumer<Agreement> offerChange, Consumer<KnownDistrict> districtChange, List<UUID> consortia,
            String reviewed) {
        Agreement offer = new Agreement();
        offer.id = UUID.fromString("6f1d3c1e-0000-4000-8000-000000000001");
        offer.kind = AgreementKind.ORIGINAL;
        offer.generalOffer = true;
        offer.classification = "STANDARD";
        offer.status = AgreementStatus.EXECUTED;
        offer.expiresOn = TODAY.plusYears(2);
        offer.districtId = MAPLE;
        offer.state = "MA";
        offer.consortiumId = CONSORTIUM;
        offerChange.accept(offer);
        KnownDistrict harbor = new KnownDistrict();
        harbor.id = HARBOR;
        harbor.name = "Harbor Point Public Schools";
        harbor.state = "MA";
        districtChange.accept(harbor);
        return new Facts(offer, harbor, consortia, EXHIBIT, reviewed, TODAY);
    }

    static Verdict decide(Consumer<Agreement> offerChange) {
        return AdoptionPolicy.decide(facts(offerChange, d -> { }, List.of(CONSORTIUM), EXHIBIT));
    }

    static void assertRefused(Verdict verdict, int status, String field, String reason) {
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.status()).isEqualTo(status);
        assertThat(verdict.field()).isEqualTo(field);
        assertThat(verdict.reason()).contains(reason);
    }

    @Test
    void aMemberDistrictOfTheStateWithTheCurrentExhibitIsEligible() {
        Verdict verdict = AdoptionPolicy.decide(facts(o -> { }, d -> { }, List.of(UUID.randomUUID(), CONSORTIUM),
                EXHIBIT.toUpperCase()));
        assertThat(verdict).isEqualTo(Verdict.ELIGIBLE);
        verdict.orRefuse();
    }

    @Test
    void anOfferEndingTodayIsStillOpen() {
        assertThat(decide(o -> o.expiresOn = TODAY).eligible()).isTrue();
    }

    @Test
    void anAgreementWithoutAGeneralOfferIsNoOffer() {
        assertRefused(decide(o -> o.generalOffer = false), 422, "agreementId", "carries no general offer");
    }

    @Test
    void termsModifiedForOneDistrictAreNeverAdopted() {
        assertRefused(decide(o -> o.classification = "MODIFIED"), 422, "agreementId", "modified for one district");
    }

    @Test
    void aTerminatedOriginalVoidsItsOffer() {
        assertRefused(decide(o -> o.status = AgreementStatus.TERMINATED), 409, null, "terminated; its offer is void");
    }

    @Test
    void anExpiredOriginalClosesItsOffer() {
        assertRefused(decide(o -> o.status = AgreementStatus.EXPIRED), 409, null,
                "expired on " + TODAY.plusYears(2));
    }

    @Test
    void anOfferPastItsEndIsExpiredBeforeTheExpiryRunMarksIt() {
        assertRefused(decide(o -> o.expiresOn = TODAY.minusDays(1)), 409, null, "expired on " + TODAY.minusDays(1));
    }

    @Test
    void anOfferOpensOnlyOnceItsAgreementIsExecuted() {
        assertRefused(decide(o -> {
            o.status = AgreementStatus.AWAITING_DISTRICT;
            o.expiresOn = null;
        }), 409, null, "AWAITING_DISTRICT: its offer opens once it is executed");
    }

    @Test
    void aWithdrawnOfferTakesNoNewAdoptions() {
        Instant withdrawn = Instant.parse("2027-03-01T12:00:00Z");
        assertRefused(decide(o -> o.offerWithdrawnAt = withdrawn), 409, null, "withdrew this offer on " + withdrawn);
    }

    @Test
    void theOriginatingDistrictAlreadyHoldsTheAgreement() {
        assertRefused(decide(o -> o.districtId = HARBOR), 409, null, "Your district originated this agreement");
    }

    @Test
    void aDistrictInAnotherStateIsOutOfScope() {
        assertRefused(AdoptionPolicy.decide(facts(o -> { }, d -> d.state = "NH", List.of(CONSORTIUM), EXHIBIT)),
                422, "districtId", "open to districts in MA; your district is in NH");
    }

    @Test
    void aDistrictOutsideTheConsortiumIsOutOfScope() {
        assertRefused(AdoptionPolicy.decide(facts(o -> { }, d -> { }, List.of(UUID.randomUUID()), EXHIBIT)),
                422, "districtId", "members of the consortium that negotiated it");
        assertRefused(AdoptionPolicy.decide(facts(o -> { }, d -> { }, List.of(), EXHIBIT)),
                422, "districtId", "members of the consortium that negotiated it");
    }

    @Test
    void aStaleExhibitIsRefusedAndTheCurrentHashNamed() {
        Verdict verdict = AdoptionPolicy.decide(facts(o -> { }, d -> { }, List.of(CONSORTIUM), "cd".repeat(32)));
        assertRefused(verdict, 409, null, "is not the current one (" + EXHIBIT + "); review it again");
    }

    @Test
    void theFirstRuleBrokenIsTheReasonGiven() {
        // Terminated and withdrawn and the wrong state: the offer's own state is named first.
        Verdict verdict = AdoptionPolicy.decide(facts(o -> {
            o.status = AgreementStatus.TERMINATED;
            o.offerWithdrawnAt = Instant.parse("2027-03-01T12:00:00Z");
        }, d -> d.state = "NH", List.of(), "cd".repeat(32)));
        assertRefused(verdict, 409, null, "terminated");
    }

    @Test
    void aRefusalBecomesTheProblemTheCallerSees() {
        assertThatThrownBy(() -> decide(o -> o.status = AgreementStatus.TERMINATED).orRefuse())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> decide(o -> o.generalOffer = false).orRefuse())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("agreementId");
                });
    }
}
