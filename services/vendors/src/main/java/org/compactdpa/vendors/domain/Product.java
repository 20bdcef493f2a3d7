package org.compactdpa.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.messaging.persistence.CommaListConverter;

/** A product a vendor offers to districts; what it collects lives in its current {@link ProductDeclaration}. */
@Entity
public class Product {

    @Id
    public UUID id;

    @Column(name = "vendor_id", nullable = false)
    public UUID vendorId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String url;

    public String description;

    @Convert(converter = CommaListConverter.class)
    @Column(name = "grade_bands", nullable = false)
    public List<String> gradeBands;

    @Convert(converter = CommaListConverter.class)
    @Column(nullable = false)
    public List<String> categories;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_framework", nullable = false)
    public SecurityFramework securityFramework;

    @Column(name = "security_framework_other")
    public String securityFrameworkOther;

    @Column(name = "declaration_version", nullable = false)
    public int declarationVersion;

    @Column(name = "search_name", nullable = false)
    public String searchName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
