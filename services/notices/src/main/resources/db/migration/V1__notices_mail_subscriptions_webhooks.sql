-- What this service learns from other services' events: organisations, people, products, agreements.
create table known_organisation (
    id   uuid primary key,
    type text not null,
    name text not null
);

create table known_membership (
    district_id   uuid not null,
    consortium_id uuid not null,
    primary key (district_id, consortium_id)
);
create index known_membership_consortium on known_membership (consortium_id);

create table known_product (
    id        uuid primary key,
    vendor_id uuid not null,
    name      text not null
);

-- People, from account events and from their own requests (the token's claims). Mail goes to the active ones.
create table known_person (
    person_id         text primary key,
    organisation_type text,
    organisation_id   uuid,
    email             text,
    roles             text[] not null default '{}',
    active            boolean not null default true,
    updated_at        timestamptz not null
);
create index known_person_organisation on known_person (organisation_id) where active;

create table known_agreement (
    id            uuid primary key,
    vendor_id     uuid not null,
    district_id   uuid,
    consortium_id uuid,
    origin_id     uuid,
    general_offer boolean not null default false,
    status        text not null,
    updated_at    timestamptz not null
);
create index known_agreement_vendor on known_agreement (vendor_id);

create table known_agreement_product (
    agreement_id uuid not null references known_agreement (id),
    product_id   uuid not null,
    name         text not null,
    primary key (agreement_id, product_id)
);
create index known_agreement_product_product on known_agreement_product (product_id);

create table known_negotiation (
    id            uuid primary key,
    consortium_id uuid not null,
    vendor_id     uuid not null
);

-- A notice is addressed to an audience: the people of one organisation holding one of its roles (all of
-- them when roles is empty; every organisation of the type when organisation_id is null), or one person.
create table notice (
    id                uuid primary key,
    event_id          text not null,
    event_type        text not null,
    kind              text not null,
    organisation_type text,
    organisation_id   uuid,
    roles             text[] not null default '{}',
    person_id         text,
    audience_key      text not null,
    title             text not null,
    body              text not null,
    link              text,
    mandatory         boolean not null default false,
    created_at        timestamptz not null,
    unique (event_id, audience_key)
);
create index notice_organisation on notice (organisation_id, created_at desc);
create index notice_type_wide on notice (organisation_type, created_at desc) where organisation_id is null;
create index notice_person on notice (person_id, created_at desc) where person_id is not null;

-- Read state per person: one row per notice marked read or unread, and everything up to read_before.
create table notice_read (
    person_id text not null,
    notice_id uuid not null references notice (id),
    read      boolean not null,
    primary key (person_id, notice_id)
);
create table notice_read_all (
    person_id   text primary key,
    read_before timestamptz not null
);

create table notice_preference (
    person_id text not null,
    kind      text not null,
    delivery  text not null,
    primary key (person_id, kind)
);

-- One mail per notice and person; at most one per event and person.
create table mail_delivery (
    id              uuid primary key,
    notice_id       uuid not null references notice (id),
    event_id        text not null,
    person_id       text not null,
    recipient       text not null,
    kind            text not null,
    status          text not null,
    attempts        int not null default 0,
    next_attempt_at timestamptz,
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz not null,
    unique (event_id, person_id)
);
create index mail_delivery_due on mail_delivery (next_attempt_at) where status = 'PENDING';
create index mail_delivery_digest on mail_delivery (person_id, created_at) where status = 'DIGEST';
create index mail_delivery_status on mail_delivery (status, created_at desc);

create table subscription (
    id                uuid primary key,
    organisation_type text not null,
    organisation_id   uuid not null,
    target_type       text not null,
    target_id         uuid not null,
    created_by        text not null,
    created_at        timestamptz not null,
    unique (organisation_id, target_type, target_id)
);
create index subscription_target on subscription (target_type, target_id);

create table webhook_endpoint (
    id                uuid primary key,
    organisation_type text not null,
    organisation_id   uuid not null,
    url               text not null,
    event_types       text[] not null,
    description       text,
    secret            text not null,
    status            text not null,
    created_by        text not null,
    created_at        timestamptz not null,
    failing_since     timestamptz,
    disabled_at       timestamptz
);
create index webhook_endpoint_organisation on webhook_endpoint (organisation_id);

create table webhook_delivery (
    id               uuid primary key,
    endpoint_id      uuid not null references webhook_endpoint (id) on delete cascade,
    event_id         text not null,
    event_type       text not null,
    payload          text not null,
    status           text not null,
    attempts         int not null default 0,
    next_attempt_at  timestamptz,
    last_status_code int,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    unique (endpoint_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at desc);
