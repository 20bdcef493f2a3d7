-- What signatures knows about districts, kept from the districts service's events.
create table known_district (
    id             uuid primary key,
    name           text        not null,
    state          char(2)     not null,
    nces_id        char(7)     not null,
    registered_at  timestamptz not null,
    updated_at     timestamptz not null
);

create table known_membership (
    district_id    uuid        not null,
    consortium_id  uuid        not null,
    joined_at      timestamptz not null,
    primary key (district_id, consortium_id)
);
create index known_membership_consortium on known_membership (consortium_id);
