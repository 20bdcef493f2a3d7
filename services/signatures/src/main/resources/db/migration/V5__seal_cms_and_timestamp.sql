-- What verification compares an uploaded copy with when its bytes differ from the stored file (or
-- the stored file is gone): the SHA-256 of the seal's CMS as issued. Seals made before this
-- migration leave it null and are checked against their stored file instead.
alter table sealed_document add column cms_sha256 char(64);

-- The seal's RFC 3161 timestamp, so a lookup by hash can say when and by whom without reading the
-- file; null for seals made without a time-stamping authority.
alter table sealed_document add column timestamped_at timestamptz;
alter table sealed_document add column timestamp_authority text;
