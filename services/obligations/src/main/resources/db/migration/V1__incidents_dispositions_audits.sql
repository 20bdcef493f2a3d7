-- What events taught: organisations, memberships, terms with their notice windows, agreements and products.
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

create table known_terms (
    content_hash                text primary key,
    breach_notice_hours         int not null,
    disposition_days            int not null,
    audit_notice_business_days  int not null
);

create table known_agreement (
    id            uuid primary key,
    vendor_id     uuid not null,
    district_id   uuid,
    consortium_id uuid,
    origin_id     uuid,
    terms_hash    text,
    status        text not null,
    expires_on    date,
    updated_at    timestamptz not null
);
create index known_agreement_vendor on known_agreement (vendor_id, status);

create table known_agreement_product (
    agreement_id uuid not null references known_agreement (id),
    product_id   uuid not null,
    name         text not null,
    primary key (agreement_id, product_id)
);
create index known_agreement_product_product on known_agreement_product (product_id);

-- Breaches: an incident a vendor files, one notice per affected agreement with its own deadline.
create table incident (
    id                uuid primary key,
    vendor_id         uuid not null,
    discovered_at     timestamptz not null,
    summary           text not null,
    product_ids       uuid[] not null,
    data_elements     text[] not null,
    students_affected text,
    contact_name      text not null,
    contact_email     text not null,
    contact_phone     text,
    actions_taken     text,
    stage             text not null,
    reported_by       text not null,
    reported_at       timestamptz not null
);
create index incident_vendor on incident (vendor_id, reported_at desc);

create table breach_notice (
    id                  uuid primary key,
    incident_id         uuid not null references incident (id),
    agreement_id        uuid not null,
    district_id         uuid not null,
    consortium_id       uuid,
    breach_notice_hours int not null,
    deadline            timestamptz not null,
    status              text not null,
    content             text,
    delivered_at        timestamptz,
    delivered_by        text,
    late                boolean not null default false,
    acknowledged_at     timestamptz,
    acknowledged_by     text,
    overdue_at          timestamptz,
    unique (incident_id, agreement_id)
);
create index breach_notice_due on breach_notice (deadline) where status = 'DUE' and overdue_at is null;
create index breach_notice_district on breach_notice (district_id);
create index breach_notice_incident on breach_notice (incident_id);

create table breach_message (
    id         uuid primary key,
    notice_id  uuid not null references breach_notice (id),
    party      text not null,
    author     text not null,
    text       text not null,
    created_at timestamptz not null
);
create index breach_message_notice on breach_message (notice_id, created_at);

create table incident_update (
    id          uuid primary key,
    incident_id uuid not null references incident (id),
    stage       text not null,
    text        text not null,
    author      text not null,
    created_at  timestamptz not null
);

-- Disposition (Exhibit D): offered when an agreement ends, requested by the district, attested by the vendor.
create table disposition (
    id              uuid primary key,
    agreement_id    uuid not null,
    district_id     uuid not null,
    vendor_id       uuid not null,
    consortium_id   uuid,
    status          text not null,
    offered_reason  text,
    offered_at      timestamptz,
    action          text,
    product_ids     uuid[] not null default '{}',
    return_format   text,
    note            text,
    request_sha256  text,
    requested_by    text,
    requested_at    timestamptz,
    disposition_days int,
    deadline        timestamptz,
    method          text,
    completed_on    date,
    disposed        text,
    exceptions      text,
    attested_by     text,
    signer_name     text,
    attested_at     timestamptz,
    late            boolean not null default false,
    settled_at      timestamptz,
    dispute_reason  text,
    overdue_at      timestamptz
);
create unique index disposition_open_per_agreement on disposition (agreement_id) where status in ('OFFERED', 'REQUESTED');
create index disposition_due on disposition (deadline) where status = 'REQUESTED' and overdue_at is null;
create index disposition_district on disposition (district_id);
create index disposition_vendor on disposition (vendor_id);

create table audit (
    id               uuid primary key,
    agreement_id     uuid not null,
    district_id      uuid not null,
    vendor_id        uuid not null,
    consortium_id    uuid,
    status           text not null,
    scope            text not null,
    notice_days      int not null,
    noticed_at       timestamptz not null,
    noticed_by       text not null,
    earliest_start   date not null,
    proposed_start   date not null,
    proposed_end     date not null,
    start_on         date,
    end_on           date,
    findings         text,
    remediation      text,
    closed_at        timestamptz
);
create index audit_district on audit (district_id);
create index audit_vendor on audit (vendor_id);

-- One hash-chained trail per incident, disposition request and audit; append-only for the service's role.
create table evidence_entry (
    case_id       uuid not null,
    seq           int not null,
    kind          text not null,
    actor_subject text,
    actor_name    text,
    actor_org     uuid,
    occurred_at   timestamptz not null,
    details       text not null,
    previous_hash text not null,
    hash          text not null,
    primary key (case_id, seq)
);
