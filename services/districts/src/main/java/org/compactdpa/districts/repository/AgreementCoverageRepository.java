package org.compactdpa.districts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.districts.domain.AgreementCoverage;

@ApplicationScoped
public class AgreementCoverageRepository implements PanacheRepositoryBase<AgreementCoverage, AgreementCoverage.Key> {
}
