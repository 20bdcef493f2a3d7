package org.compactdpa.signatures.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.compactdpa.signatures.domain.EvidenceEntry;

@ApplicationScoped
public class EvidenceEntryRepository implements PanacheRepositoryBase<EvidenceEntry, EvidenceEntry.Key> {

    public Uni<List<EvidenceEntry>> trailOf(UUID agreementId) {
        return list("key.agreementId", Sort.ascending("key.seq"), agreementId);
    }

    /** The newest entry, or null for an empty trail. */
    public Uni<EvidenceEntry> headOf(UUID agreementId) {
        return find("key.agreementId", Sort.descending("key.seq"), agreementId).firstResult();
    }
}
