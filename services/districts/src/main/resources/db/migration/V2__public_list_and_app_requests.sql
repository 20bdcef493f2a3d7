-- What districts knows of vendors and products, from the vendors service's events.
create table known_vendor (
    id          uuid primary key,
    name        text        not null,
    updated_at  timestamptz not null
);

create table known_product (
    id             uuid primary key,
    vendor_id      uuid        not null,
    name           text        not null,
    -- ",A,B," so that one element is matched exactly with like '%,A,%'
    data_elements  text        not null,
    other_data     text,
    updated_at     timestamptz not null
);
create index known_product_vendor on known_product (vendor_id);

-- One row per agreement and product it covers, as announced by the signatures service.
create table agreement_coverage (
    agreement_id         uuid        not null,
    product_id           uuid        not null,
    district_id          uuid        not null,
    vendor_id            uuid        not null,
    vendor_name          text        not null,
    product_name         text        not null,
    status               text        not null,
    relationship         text        not null,
    origin_agreement_id  uuid,
    effective_on         date,
    expires_on           date,
    updated_at           timestamptz not null,
    primary key (agreement_id, product_id)
);
create index agreement_coverage_district_product on agreement_coverage (district_id, product_id);

-- The district's public list: per product, the agreement that decides its status.
create table district_product (
    district_id          uuid        not null,
    product_id           uuid        not null,
    vendor_id            uuid        not null,
    status               text        not null,
    agreement_id         uuid        not null,
    relationship         text        not null,
    effective_on         date,
    expires_on           date,
    updated_at           timestamptz not null,
    primary key (district_id, product_id)
);
create index district_product_status on district_product (district_id, status);

-- General offers open for adoption, for answering app requests.
create table known_offer (
    agreement_id   uuid primary key,
    vendor_id      uuid        not null,
    state          char(2)     not null,
    consortium_id  uuid,
    expires_on     date        not null,
    status         text        not null,
    updated_at     timestamptz not null
);
create table known_offer_product (
    agreement_id  uuid not null references known_offer (agreement_id),
    product_id    uuid not null,
    primary key (product_id, agreement_id)
);

create table app_request (
    id                  uuid primary key,
    district_id         uuid        not null references district (id),
    product_id          uuid,
    product_name        text        not null,
    purpose             text,
    status              text        not null,
    offer_agreement_id  uuid,
    requested_by        text        not null,
    requested_at        timestamptz not null,
    resolved_by         text,
    resolved_at         timestamptz,
    resolution_note     text
);
create index app_request_district on app_request (district_id, requested_at);
create index app_request_open on app_request (status) where resolved_at is null;

-- Every change of an app request's status: who, when, why.
create table app_request_history (
    request_id  uuid        not null references app_request (id),
    seq         integer     not null,
    status      text        not null,
    note        text,
    actor       text        not null,
    at          timestamptz not null,
    primary key (request_id, seq)
);
