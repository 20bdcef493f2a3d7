package org.compactdpa.signatures.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.compactdpa.contracts.events.TermsAgreed;

/**
 * Frozen terms as the templates service announced them, kept whole: agreements are rendered from
 * these rows alone, never from another service's tables. Terms never change once agreed, so a
 * repeated event leaves the row as it is.
 */
@ApplicationScoped
public class TermsProjection {

    private final ObjectMapper json;
    private final Clock clock;

    public TermsProjection(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public Uni<Void> apply(TermsAgreed e) {
        return KnownTerms.<KnownTerms>findById(e.termsId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            KnownTerms t = new KnownTerms();
            t.id = e.termsId();
            t.consortiumId = e.consortiumId();
            t.vendorId = e.vendorId();
            t.state = e.state();
            t.templateName = e.templateName();
            t.version = e.version();
            t.classification = e.classification();
            t.generalOfferEligible = e.generalOfferEligible();
            t.termYears = e.termYears();
            t.contentHash = e.contentHash();
            t.text = e.text();
            t.event = whole(e);
            t.receivedAt = clock.instant();
            return t.persist().replaceWithVoid();
        });
    }

    private String whole(TermsAgreed e) {
        try {
            return json.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
