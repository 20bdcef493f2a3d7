-- The registry at scale (hundreds of thousands of agreements), see RegistryQuery and RegistrySearch.

-- One row per data element of each agreement, in the registry's order (newest first, then id): a search
-- by element reads its first page from one index range, whether the element is on most agreements
-- (student name) or on few (transportation), and counts its matches from the same index. The trigram
-- index on the delimited text it replaces made PostgreSQL guess a thousand rows for every element, and
-- sent the commonest through a quarter of a million lookups. A trigger fills the table from the
-- products an agreement covers (they never change once written), so nothing that writes products changes.
create table agreement_element (
    data_element  text        not null,
    created_at    timestamptz not null,
    agreement_id  uuid        not null
);
create unique index agreement_element_order on agreement_element (data_element, created_at desc, agreement_id);

create function agreement_element_from_product() returns trigger language plpgsql as $$
begin
    insert into agreement_element (data_element, created_at, agreement_id)
    select e.code, a.created_at, a.id
    from agreement a, unnest(string_to_array(new.data_elements, ',')) as e(code)
    where a.id = new.agreement_id and e.code <> ''
    on conflict do nothing;
    return null;
end;
$$;
create trigger agreement_product_elements after insert on agreement_product
    for each row execute function agreement_element_from_product();

insert into agreement_element (data_element, created_at, agreement_id)
select distinct e.code, a.created_at, a.id
from agreement_product p join agreement a on a.id = p.agreement_id,
     unnest(string_to_array(p.data_elements, ',')) as e(code)
where e.code <> '';

drop index agreement_product_elements;

-- Each equality filter of the registry with the registry's order behind it: a filtered page is read in
-- order from one index and stops at its size, however many rows match. They replace the single-column
-- indexes on district and vendor and the (state, status) one, which they also serve.
create index agreement_state_created on agreement (state, created_at desc, id);
create index agreement_status_created on agreement (status, created_at desc, id);
create index agreement_state_status_created on agreement (state, status, created_at desc, id);
create index agreement_district_created on agreement (district_id, created_at desc, id);
create index agreement_vendor_created on agreement (vendor_id, created_at desc, id);
drop index agreement_registry;
drop index agreement_district;
drop index agreement_vendor;
