package org.compactdpa.signatures.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.signatures.domain.Signature;

@ApplicationScoped
public class SignatureRepository implements PanacheRepositoryBase<Signature, UUID> {
}
