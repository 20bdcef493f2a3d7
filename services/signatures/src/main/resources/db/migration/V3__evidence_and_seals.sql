-- The evidence trail: one append-only, hash-chained list of entries per agreement.
create table evidence_entry (
    agreement_id     uuid        not null references agreement (id),
    seq              integer     not null,
    type             text        not null,
    occurred_at      timestamptz not null,
    actor_subject    text        not null,
    actor_name       text,
    actor_role       text,
    actor_org_id     uuid,
    ip               text,
    user_agent       text,
    document_hash    text,
    details          text,
    previous_hash    char(64)    not null,
    entry_hash       char(64)    not null,
    primary key (agreement_id, seq)
);

-- Append-only, enforced here rather than trusted to the code: no role, the service's own included,
-- may change or remove an entry. Only a superuser who switches triggers off (session_replication_role)
-- can, and the hash chain then shows where.
create function evidence_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'evidence_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger evidence_entry_no_update before update or delete on evidence_entry
    for each row execute function evidence_entry_is_append_only();
create trigger evidence_entry_no_truncate before truncate on evidence_entry
    for each statement execute function evidence_entry_is_append_only();

revoke update, delete, truncate on evidence_entry from public;
revoke update, delete, truncate on evidence_entry from current_user;

-- The sealed PDF of an executed agreement or adoption. The signing transaction writes the row as
-- PENDING; a worker renders and seals it after commit, so signing never waits for it.
create table sealed_document (
    agreement_id   uuid        primary key references agreement (id),
    status         text        not null,
    requested_at   timestamptz not null,
    lease_until    timestamptz,
    attempts       integer     not null default 0,
    last_error     text,
    sealed_at      timestamptz,
    pdf            bytea,
    pdf_sha256     char(64),
    chain_seq      integer,
    chain_head     char(64)
);
create index sealed_document_pending on sealed_document (requested_at) where status = 'PENDING';
create unique index sealed_document_pdf_sha256 on sealed_document (pdf_sha256);

-- Agreements executed before this migration are sealed too; they have no trail to certify.
insert into sealed_document (agreement_id, status, requested_at)
select id, 'PENDING', now() from agreement where status in ('EXECUTED', 'EXPIRED', 'TERMINATED');
