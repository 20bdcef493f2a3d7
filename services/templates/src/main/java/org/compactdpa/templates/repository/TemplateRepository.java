package org.compactdpa.templates.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.templates.domain.Template;

@ApplicationScoped
public class TemplateRepository implements PanacheRepositoryBase<Template, UUID> {
}
