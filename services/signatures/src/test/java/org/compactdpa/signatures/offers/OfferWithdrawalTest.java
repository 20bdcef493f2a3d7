package org.compactdpa.signatures.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.signatures.agreements.Agreement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A withdrawal needs an open offer to close; each other case is refused with its reason. */
@Tag("fast")
class OfferWithdrawalTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    static Optional<String> refusal(Consumer<Agreement> change) {
        Agreement offer = new Agreement();
        offer.id = UUID.fromString("6f1d3c1e-0000-4000-8000-0000000000aa");
        offer.generalOffer = true;
        offer.status = AgreementStatus.EXECUTED;
        offer.expiresOn = TODAY.plusYears(2);
        change.accept(offer);
        return OfferWithdrawal.refusal(offer, TODAY);
    }

    @Test
    void anOpenOfferMayBeWithdrawn() {
        assertThat(refusal(o -> { })).isEmpty();
        assertThat(refusal(o -> o.expiresOn = TODAY)).as("in force through its last day").isEmpty();
    }

    @Test
    void anAgreementWithoutAnOfferHasNothingToWithdraw() {
        assertThat(refusal(o -> o.generalOffer = false)).get().asString()
                .contains("carries no general offer", "6f1d3c1e-0000-4000-8000-0000000000aa");
    }

    @Test
    void aWithdrawnOfferIsNotWithdrawnTwice() {
        Instant withdrawn = Instant.parse("2027-02-01T09:00:00Z");
        assertThat(refusal(o -> o.offerWithdrawnAt = withdrawn)).get().asString()
                .contains("already withdrawn on " + withdrawn);
    }

    @Test
    void anOfferThatIsNotOpenYetOrAnyMoreIsRefused() {
        assertThat(refusal(o -> o.status = AgreementStatus.AWAITING_DISTRICT)).get().asString()
                .contains("AWAITING_DISTRICT", "not open");
        assertThat(refusal(o -> o.status = AgreementStatus.TERMINATED)).get().asString().contains("TERMINATED");
        assertThat(refusal(o -> o.expiresOn = TODAY.minusDays(1))).get().asString().contains("expired on");
    }
}
