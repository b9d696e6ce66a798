-- Module registry: how many entities have each name bigram, kept in the same transaction as the
-- entities, so that a two-character name search knows its exact number of matches without reading
-- them. Written in bigram order, so concurrent writers lock rows in one order (no deadlocks).
create table registry.name_bigram_counts (
    bigram   text primary key,
    entities int  not null  -- never negative while entities and counts change together
);
insert into registry.name_bigram_counts (bigram, entities)
select b, count(*) from registry.entities, unnest(name_bigrams) b group by b;
