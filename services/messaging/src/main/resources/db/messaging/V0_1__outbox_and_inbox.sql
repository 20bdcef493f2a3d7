-- Transactional outbox: written in the same transaction as the business rows it describes.
create table outbox_event (
    position      bigserial primary key,
    id            uuid        not null unique,
    topic         text        not null,
    event_type    text        not null,
    aggregate_id  text        not null,
    payload       text        not null,
    occurred_at   timestamptz not null,
    published_at  timestamptz,
    attempts      integer     not null default 0,
    last_error    text
);
-- The relay only ever scans what is still unpublished.
create index outbox_event_unpublished on outbox_event (position) where published_at is null;

-- Wake the relay at commit instead of making it poll (NOTIFY is delivered only if the insert commits).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('compact_outbox', '');
    return null;
end;
$$;
create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function outbox_event_notify();

-- Idempotent inbox: a consumer records each CloudEvent id in the same transaction as its side effect.
create table inbox_event (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text        not null,
    received_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
