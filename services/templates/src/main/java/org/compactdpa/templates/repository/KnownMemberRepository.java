package org.compactdpa.templates.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.templates.domain.KnownMember;

@ApplicationScoped
public class KnownMemberRepository implements PanacheRepositoryBase<KnownMember, KnownMember.Key> {
}
