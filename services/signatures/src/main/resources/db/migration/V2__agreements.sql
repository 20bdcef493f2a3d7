create extension if not exists pg_trgm;
-- Frozen terms, kept whole from the templates service's terms-agreed events.
create table known_terms (
    id                      uuid primary key,
    consortium_id           uuid        not null,
    vendor_id               uuid,
    state                   char(2)     not null,
    template_name           text        not null,
    version                 integer     not null,
    classification          text        not null,
    general_offer_eligible  boolean     not null,
    term_years              integer     not null,
    content_hash            text        not null,
    text                    text        not null,
    event                   text        not null,
    received_at             timestamptz not null
);

create table known_vendor (
    id          uuid primary key,
    legal_name  text        not null,
    verified    boolean     not null,
    updated_at  timestamptz not null
);

create table known_product (
    id             uuid primary key,
    vendor_id      uuid        not null,
    name           text        not null,
    data_elements  text        not null,
    updated_at     timestamptz not null
);

create table agreement (
    id                   uuid primary key,
    kind                 text        not null,
    terms_id             uuid        not null references known_terms (id),
    terms_hash           text        not null,
    classification       text        not null,
    vendor_id            uuid        not null,
    vendor_name          text        not null,
    district_id          uuid        not null,
    district_name        text        not null,
    consortium_id        uuid        not null,
    state                char(2)     not null,
    general_offer        boolean     not null,
    origin_agreement_id  uuid        references agreement (id),
    status               text        not null,
    document             text        not null,
    document_hash        text        not null,
    effective_on         date,
    expires_on           date,
    offer_withdrawn_at   timestamptz,
    end_reason           text,
    search_text          text        not null,
    created_at           timestamptz not null,
    created_by           text        not null,
    updated_at           timestamptz not null
);
-- One adoption per district and offer, even when many adopt at once.
create unique index agreement_one_adoption on agreement (origin_agreement_id, district_id) where kind = 'ADOPTION';
create index agreement_registry on agreement (state, status);
create index agreement_district on agreement (district_id);
create index agreement_vendor on agreement (vendor_id);
create index agreement_expiry on agreement (expires_on) where status = 'EXECUTED';
create index agreement_document_hash on agreement (document_hash);
create index agreement_search on agreement using gin (search_text gin_trgm_ops);

create table agreement_product (
    agreement_id   uuid not null references agreement (id),
    product_id     uuid not null,
    name           text not null,
    data_elements  text not null,
    primary key (agreement_id, product_id)
);
create index agreement_product_product on agreement_product (product_id);
create index agreement_product_elements on agreement_product using gin (data_elements gin_trgm_ops);

create table signature (
    id               uuid primary key,
    agreement_id     uuid        not null references agreement (id),
    party            text        not null,
    organisation_id  uuid        not null,
    subject          text        not null,
    signer_name      text,
    signer_email     text,
    role             text        not null,
    intent           boolean     not null,
    consent_version  text        not null,
    document_hash    text        not null,
    signed_at        timestamptz not null,
    ip               text,
    user_agent       text,
    unique (agreement_id, party)
);

create table agreement_reminder (
    agreement_id  uuid    not null references agreement (id),
    days_left     integer not null,
    sent_at       timestamptz not null,
    primary key (agreement_id, days_left)
);
