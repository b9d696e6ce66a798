-- Records from other departments may name an entity only by its organisation code, which is also
-- positions 9-17 of its credit code (often not registered separately): index it for matching.
create index entities_embedded_organisation_code_idx on registry.entities (substr(code, 9, 9));
