create table template (
    id             uuid primary key,
    consortium_id  uuid        not null,
    name           text        not null,
    state          char(2)     not null,
    created_at     timestamptz not null,
    created_by     text        not null
);
create index template_consortium on template (consortium_id);

-- A version's content (clauses, parameters, laws) is JSON; once PUBLISHED it never changes and
-- content_hash is the SHA-256 of its canonical form.
create table template_version (
    id            uuid primary key,
    template_id   uuid        not null references template (id),
    number        integer     not null,
    status        text        not null,
    content       text        not null,
    content_hash  text,
    published_at  timestamptz,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    unique (template_id, number)
);

create table version_comment (
    id           uuid primary key,
    version_id   uuid        not null references template_version (id),
    clause_key   text        not null,
    reply_to     uuid        references version_comment (id),
    author       text        not null,
    author_name  text,
    org_type     text,
    org_id       uuid,
    text         text        not null,
    resolved_at  timestamptz,
    resolved_by  text,
    created_at   timestamptz not null
);
create index version_comment_version on version_comment (version_id, created_at);

create table negotiation (
    id                     uuid primary key,
    template_id            uuid        not null references template (id),
    version_id             uuid        not null references template_version (id),
    consortium_id          uuid        not null,
    vendor_id              uuid        not null,
    products               text        not null,
    status                 text        not null,
    consortium_agreed_at   timestamptz,
    consortium_agreed_by   text,
    vendor_agreed_at       timestamptz,
    vendor_agreed_by       text,
    terms_id               uuid,
    created_at             timestamptz not null,
    created_by             text        not null
);
create index negotiation_vendor on negotiation (vendor_id);
create index negotiation_consortium on negotiation (consortium_id);

create table proposal (
    id              uuid primary key,
    negotiation_id  uuid        not null references negotiation (id),
    clause_key      text        not null,
    kind            text        not null,
    text            text,
    title           text,
    rationale       text        not null,
    party           text        not null,
    status          text        not null,
    counter_of      uuid        references proposal (id),
    proposed_by     text        not null,
    decided_by      text,
    decided_at      timestamptz,
    created_at      timestamptz not null
);
create index proposal_negotiation on proposal (negotiation_id, created_at);

create table negotiation_comment (
    id              uuid primary key,
    negotiation_id  uuid        not null references negotiation (id),
    proposal_id     uuid        references proposal (id),
    reply_to        uuid        references negotiation_comment (id),
    party           text        not null,
    author          text        not null,
    text            text        not null,
    created_at      timestamptz not null
);

-- Frozen terms: exactly what will be signed, never changed.
create table terms_package (
    id                      uuid primary key,
    template_id             uuid        not null references template (id),
    version_id              uuid        not null references template_version (id),
    negotiation_id          uuid        references negotiation (id),
    consortium_id           uuid        not null,
    vendor_id               uuid,
    state                   char(2)     not null,
    content                 text        not null,
    text                    text        not null,
    content_hash            text        not null,
    classification          text        not null,
    general_offer_eligible  boolean     not null,
    created_at              timestamptz not null
);
