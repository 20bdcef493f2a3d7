package org.compactdpa.districts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.districts.domain.AppRequestHistory;

@ApplicationScoped
public class AppRequestHistoryRepository implements PanacheRepositoryBase<AppRequestHistory, AppRequestHistory.Key> {
}
