-- The registry lists agreements newest first (created_at desc, then id) and pages through them; this
-- index serves that order and its pages without sorting the whole table.
create index agreement_created on agreement (created_at desc, id);
