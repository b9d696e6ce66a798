-- Module registry: an order for name searches with many matches that is independent of what the
-- names say (codes group entities by kind, names by prefix), so that walking it finds a page of any
-- common fragment after about (page size ÷ share of matches) rows.
create index entities_shuffle_idx on registry.entities ((hashtext(code)), code);
