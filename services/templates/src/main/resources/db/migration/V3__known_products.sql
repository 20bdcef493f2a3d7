-- Which vendor each product belongs to, from the vendors service's product.registered events, so that
-- a negotiation covers only the negotiating vendor's own products.
create table known_product (
    product_id     uuid primary key,
    vendor_id      uuid        not null,
    registered_at  timestamptz not null
);
