-- Module registry: how many entities have each name bigram and trigram (two or three consecutive
-- characters of a normalised current or former name), kept in the same transaction as the entities,
-- so that a two- or three-character name search knows its exact number of matches without reading
-- them. Written in gram order, so concurrent writers lock rows in one order (no deadlocks).
create table registry.name_gram_counts (
    gram     text primary key,
    entities int  not null  -- never negative while entities and counts change together
);
insert into registry.name_gram_counts (gram, entities)
select gram, count(*) from (
    select distinct e.code, substr(n.name, i, 3) as gram
    from registry.entities e,
         regexp_split_to_table(e.search_names, E'\u0001') as n(name),
         generate_series(1, length(n.name) - 2) as i
    union
    select e.code, b from registry.entities e, unnest(e.name_bigrams) as b
) grams
group by gram;
