-- Who may comment during a comment period: member districts and verified vendors, from their events.
create table known_member (
    consortium_id  uuid        not null,
    district_id    uuid        not null,
    joined_at      timestamptz not null,
    primary key (consortium_id, district_id)
);

create table known_verified_vendor (
    vendor_id    uuid primary key,
    verified_at  timestamptz not null
);
