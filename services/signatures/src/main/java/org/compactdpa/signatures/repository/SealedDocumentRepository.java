package org.compactdpa.signatures.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.signatures.domain.SealedDocument;

@ApplicationScoped
public class SealedDocumentRepository implements PanacheRepositoryBase<SealedDocument, UUID> {
}
