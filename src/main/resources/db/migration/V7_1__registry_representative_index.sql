-- Entities sharing a legal representative are matched by ID number (classification's related entities).
create index entities_legal_rep_id_idx on registry.entities (legal_rep_id_number) where legal_rep_id_number is not null;
