package org.compactdpa.signatures.offers;

import java.time.LocalDate;
import java.util.Optional;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.signatures.agreements.Agreement;

/**
 * Whether there is an open offer to withdraw, decided from the facts alone: the agreement carries a
 * general offer, is executed and in force, and the offer was not withdrawn already. Anything else
 * leaves nothing to close, so a withdrawal changes nothing, records nothing and announces nothing.
 */
final class OfferWithdrawal {

    private OfferWithdrawal() {
    }

    /** Empty when the offer is open; else why it cannot be withdrawn (a 409). */
    static Optional<String> refusal(Agreement offer, LocalDate today) {
        if (!offer.generalOffer) {
            return Optional.of("Agreement " + offer.id + " carries no general offer: there is nothing to withdraw");
        }
        if (offer.offerWithdrawnAt != null) {
            return Optional.of("The offer was already withdrawn on " + offer.offerWithdrawnAt);
        }
        if (offer.status != AgreementStatus.EXECUTED) {
            return Optional.of("The agreement is " + offer.status + ": its offer is not open, so there is nothing to"
                    + " withdraw");
        }
        if (offer.expiresOn != null && offer.expiresOn.isBefore(today)) {
            return Optional.of("The offer expired on " + offer.expiresOn + ": there is nothing left to withdraw");
        }
        return Optional.empty();
    }
}
