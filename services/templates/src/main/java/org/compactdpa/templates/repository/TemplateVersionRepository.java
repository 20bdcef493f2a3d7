package org.compactdpa.templates.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.templates.domain.TemplateVersion;

@ApplicationScoped
public class TemplateVersionRepository implements PanacheRepositoryBase<TemplateVersion, UUID> {
}
