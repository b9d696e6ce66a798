-- The lists (DOMAIN §7): listing decisions on the abnormal-operations list, the individual businesses'
-- abnormal state and the serious illegal and dishonest list, with their removals; proposals waiting for
-- a decision; filings of annual reports entered by officers (the aggregated ANNUAL_REPORT records are
-- read through ingestion's API).
create schema if not exists lists;

create table lists.listings (
    id                      bigserial primary key,
    list                    text not null check (list in ('ABNORMAL', 'ABNORMAL_STATE', 'SERIOUS_DISHONEST')),
    entity_code             text not null,
    entity_name             text not null,
    entity_kind             text not null,
    jurisdiction            text,
    ground                  text not null,
    decided_on              date not null,
    decision_year           int not null,
    document_number         text not null,
    authority               text not null,
    basis                   text,
    report_year             int,
    penalty_document_number text,
    penalty_record_id       bigint,
    abnormal_listing_id     bigint references lists.listings (id),
    objection_until         date,
    decided_by              text not null,
    decided_at              timestamptz not null,
    removal_kind            text check (removal_kind in ('DECISION', 'DEREGISTRATION', 'EXPIRY', 'CREDIT_REPAIR')),
    removed_on              date,
    removal_document_number text,
    removal_reason          text,
    removed_by              text,
    removed_at              timestamptz,
    check ((removal_kind is null) = (removed_on is null))
);
-- one listing per ground per year (DOMAIN §7); the serious dishonest list has no such rule
create unique index listings_ground_year_idx on lists.listings (entity_code, list, ground, decision_year)
    where list <> 'SERIOUS_DISHONEST';
-- a document number names one decision per entity and ground (one document may name several parties)
create unique index listings_document_idx on lists.listings (entity_code, list, ground, document_number);
create index listings_entity_idx on lists.listings (entity_code collate "C", decided_on);
create index listings_in_force_idx on lists.listings (list, decided_on) where removed_on is null;
create index listings_year_idx on lists.listings (decision_year, list);

create table lists.proposals (
    id                bigserial primary key,
    list              text not null,
    action            text not null check (action in ('LISTING', 'REMOVAL')),
    entity_code       text not null,
    entity_name       text not null,
    jurisdiction      text,
    ground            text not null,
    listing_id        bigint references lists.listings (id),
    arose_on          date not null,
    due_on            date not null,
    source            text not null,
    source_reference  text,
    -- what the proposal is about, so that raising it again (a second run, a redelivered event) adds nothing
    occasion          text not null unique,
    status            text not null default 'OPEN' check (status in ('OPEN', 'DECIDED', 'DISMISSED')),
    raised_at         timestamptz not null,
    closed_by         text,
    closed_at         timestamptz,
    dismissal_reason  text,
    decided_listing_id bigint
);
create index proposals_open_idx on lists.proposals (due_on, id) where status = 'OPEN';
create index proposals_entity_idx on lists.proposals (entity_code, status);

create table lists.filing_entries (
    entity_code  text not null,
    report_year  int not null,
    filed_on     date not null,
    entered_by   text not null,
    entered_at   timestamptz not null,
    primary key (entity_code, report_year)
);
