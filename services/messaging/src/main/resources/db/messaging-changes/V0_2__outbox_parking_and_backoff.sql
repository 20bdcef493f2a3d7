-- Applied by MessagingMigrations under its own history table (flyway_messaging_history), after the
-- migrations of the service: V0_1 sits in the main history of every service, which cannot take a
-- successor once the V1 of the service ran there.

-- A row the broker refuses for good, or too often, is parked: the relay leaves it (and the later
-- rows of its aggregate) alone until an operator requeues it. A failed row waits until
-- next_attempt_at before it is tried again; null means now.
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column next_attempt_at timestamptz;

-- Is there an earlier unpublished row of this aggregate? The relay asks it for every candidate row
-- of a batch, the status for the blocked count: answered from this index of unpublished rows only.
create index outbox_event_unpublished_by_aggregate on outbox_event (aggregate_id, topic, position)
    where published_at is null;
