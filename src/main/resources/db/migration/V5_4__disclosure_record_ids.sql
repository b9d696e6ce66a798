-- Issue 10: public records are named by an opaque id, an HMAC of the record's identity (entity, department,
-- kind, document number) under a key of this installation, so that the id reveals neither the document
-- number (which may be a personal ID number) nor how many records there are. Objections name records by
-- it, and are limited per client address, kept as an HMAC under the same key (never the address itself).
create table disclosure.keys (
    name  text primary key,
    value text not null
);
insert into disclosure.keys (name, value)
values ('public-names', encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text
                                                 || clock_timestamp()::text, 'UTF8')), 'hex'));

alter table disclosure.objections add column record_id text;        -- null: the entity as a whole (or raised before)
alter table disclosure.objections add column address_key text;      -- HMAC of the client address, for the limits
create index objections_address_idx on disclosure.objections (address_key, raised_at);
