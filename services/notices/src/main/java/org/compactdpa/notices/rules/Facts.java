package org.compactdpa.notices.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the service knows, at the time of an event, that its rules need besides the event: names, the
 * agreement's parties, the consortia a district belongs to, which districts hold a product, who subscribed,
 * a negotiation's sides. Each event's facts are gathered before its rule runs; a rule never asks more.
 */
public record Facts(Map<UUID, String> names, AgreementParties agreement, Set<UUID> consortiaOfDistrict,
        Set<UUID> holdingDistricts, List<Audience> subscribers, NegotiationSides negotiation) {

    public Facts {
        names = names == null ? Map.of() : Map.copyOf(names);
        consortiaOfDistrict = consortiaOfDistrict == null ? Set.of() : Set.copyOf(consortiaOfDistrict);
        holdingDistricts = holdingDistricts == null ? Set.of() : Set.copyOf(holdingDistricts);
        subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
    }

    public static Facts none() {
        return new Facts(Map.of(), null, Set.of(), Set.of(), List.of(), null);
    }

    /** The organisation's or product's name as announced, or a neutral stand-in before its event arrived. */
    public String name(UUID id, String otherwise) {
        String name = id == null ? null : names.get(id);
        return name == null || name.isBlank() ? otherwise : name;
    }

    /** An agreement's parties as the agreement events announced them. */
    public record AgreementParties(UUID agreementId, UUID vendorId, UUID districtId, UUID consortiumId,
            boolean generalOffer, UUID originAgreementId, List<String> productNames) {

        public AgreementParties {
            productNames = productNames == null ? List.of() : List.copyOf(productNames);
        }
    }

    /** The two sides of a negotiation. */
    public record NegotiationSides(UUID negotiationId, UUID consortiumId, UUID vendorId) {
    }
}
