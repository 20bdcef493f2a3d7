create table consortium (
    id           uuid primary key,
    name         text        not null,
    states       text        not null,
    description  text,
    created_at   timestamptz not null,
    created_by   text        not null
);
create unique index consortium_name_unique on consortium (lower(name));

create table district (
    id             uuid primary key,
    name           text        not null,
    state          char(2)     not null,
    nces_id        char(7)     not null unique,
    contact_name   text,
    contact_email  text,
    website        text,
    created_at     timestamptz not null,
    created_by     text        not null
);
create index district_state on district (state);
create index district_name on district (lower(name));

create table membership (
    consortium_id  uuid        not null references consortium (id),
    district_id    uuid        not null references district (id),
    joined_at      timestamptz not null,
    added_by       text        not null,
    primary key (consortium_id, district_id)
);
create index membership_district on membership (district_id);
