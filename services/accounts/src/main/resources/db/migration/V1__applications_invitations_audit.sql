-- Vendor applications. The confirmation link's token is never stored: only its SHA-256 (hex), so
-- someone who reads this table cannot confirm an application. The vendor's id is made at submission
-- and announced only when the applicant confirms.
create table vendor_application (
    id                          uuid primary key,
    vendor_id                   uuid        not null unique,
    company                     text        not null,
    legal_name                  text        not null,
    website                     text        not null,
    contact_first_name          text        not null,
    contact_last_name           text        not null,
    email                       text        not null,
    signer_authority_declared   boolean     not null,
    status                      text        not null,
    token_hash                  text        not null unique check (length(token_hash) = 64),
    token_expires_at            timestamptz not null,
    submitted_at                timestamptz not null,
    confirmed_at                timestamptz,
    person_id                   text,
    decided_at                  timestamptz,
    decided_by                  text,
    decided_by_name             text,
    checked_company_identity    boolean,
    checked_signer_authority    boolean,
    checked_breach_contact      boolean,
    decision_note               text
);
create index vendor_application_status on vendor_application (status, submitted_at);

-- Invitations to act for an organisation. As above, only the link's SHA-256 is kept; sending an
-- invitation again replaces it, so the earlier link stops working.
create table invitation (
    id                  uuid primary key,
    organisation_type   text        not null,
    organisation_id     uuid        not null,
    email               text        not null,
    first_name          text,
    last_name           text,
    roles               text        not null,
    status              text        not null,
    token_hash          text        not null unique check (length(token_hash) = 64),
    token_expires_at    timestamptz not null,
    invited_at          timestamptz not null,
    invited_by          text        not null,
    invited_by_name     text,
    sent_count          integer     not null,
    last_sent_at        timestamptz not null,
    accepted_at         timestamptz,
    person_id           text,
    revoked_at          timestamptz,
    revoked_by          text
);
create index invitation_organisation on invitation (organisation_id, invited_at);

-- Every change to a person's account or an application: who, when, what. Append-only for the
-- service's own role (compact.db.append-only-tables).
create table audit_entry (
    id                  uuid primary key,
    at                  timestamptz not null,
    actor               text        not null,
    actor_name          text,
    action              text        not null,
    organisation_type   text,
    organisation_id     uuid,
    subject             text,
    email               text,
    detail              text
);
create index audit_entry_organisation on audit_entry (organisation_id, at);

-- What this service knows of organisations it does not own: consortia and districts from the districts
-- service's events, vendors from its own confirmed applications. Names for mails; memberships decide
-- whom a coordinator may invite.
create table known_organisation (
    id          uuid primary key,
    type        text not null,
    name        text not null
);

create table known_membership (
    district_id     uuid not null,
    consortium_id   uuid not null,
    primary key (district_id, consortium_id)
);
