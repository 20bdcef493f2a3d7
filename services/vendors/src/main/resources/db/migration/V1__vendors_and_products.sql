-- Trigram indexes make "contains" searches on names fast; the extension is trusted, so the
-- database owner may create it.
create extension if not exists pg_trgm;

create table vendor (
    id                    uuid primary key,
    legal_name            text        not null,
    doing_business_as     text,
    website               text        not null,
    street                text,
    city                  text,
    state                 char(2),
    postal_code           text,
    representative_name   text        not null,
    representative_title  text,
    representative_email  text        not null,
    breach_contact_name   text        not null,
    breach_contact_email  text        not null,
    breach_contact_phone  text,
    -- legal name and DBA folded to lower case without accents, for search
    search_name           text        not null,
    revision              integer     not null,
    verified_at           timestamptz,
    verified_by           text,
    created_at            timestamptz not null,
    created_by            text        not null,
    updated_at            timestamptz not null
);
create index vendor_search_trgm on vendor using gin (search_name gin_trgm_ops);
create index vendor_search_prefix on vendor (search_name text_pattern_ops);

-- Every version of a vendor's profile, as it was: updates keep history.
create table vendor_revision (
    vendor_id   uuid        not null references vendor (id),
    revision    integer     not null,
    profile     text        not null,
    changed_at  timestamptz not null,
    changed_by  text        not null,
    primary key (vendor_id, revision)
);

create table product (
    id                    uuid primary key,
    vendor_id             uuid        not null references vendor (id),
    name                  text        not null,
    url                   text        not null,
    description           text,
    grade_bands           text        not null,
    categories            text        not null,
    security_framework    text        not null,
    security_framework_other text,
    declaration_version   integer     not null,
    search_name           text        not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null
);
create index product_vendor on product (vendor_id);
create index product_search_trgm on product using gin (search_name gin_trgm_ops);
create index product_search_prefix on product (search_name text_pattern_ops);

-- Exhibit B and the subprocessors, versioned: a change makes a new declaration with its diff.
create table product_declaration (
    product_id            uuid        not null references product (id),
    version               integer     not null,
    data_elements         text        not null,
    other_data_elements   text,
    subprocessors         text        not null,
    diff                  text,
    declared_at           timestamptz not null,
    declared_by           text        not null,
    primary key (product_id, version)
);

-- The current declaration's data elements, one row each, for "every product that collects X".
create table product_data_element (
    product_id  uuid not null references product (id),
    element     text not null,
    primary key (element, product_id)
);
