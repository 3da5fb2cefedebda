-- Candidate search at scale (see CandidateSearch and README "Measured").
-- 1. Keep the candidate row narrow: resume text, parsed profile and tsvector go out of line (TOAST) once a row
--    passes 1 kB, so the scans and bitmap heap visits of a search read ~35 MB for 100,000 candidates, not ~160 MB.
--    (The generated columns below make PostgreSQL rewrite the table, which moves existing rows too.)
alter table candidate set (toast_tuple_target = 1024);

-- 2. Licensed states, languages and skills as lower-case arrays for the filters, with GIN indexes, instead of
--    LIKE over the "|"-joined text. Generated from the joined columns, so every writer keeps them in sync.
alter table candidate
  add column licensed_state_list text[] generated always as (string_to_array(lower(licensed_states), '|')) stored,
  add column language_list text[] generated always as (string_to_array(lower(languages), '|')) stored,
  add column skill_list text[] generated always as (string_to_array(lower(skills), '|')) stored;
create index candidate_licensed_state_list_idx on candidate using gin (licensed_state_list);
create index candidate_language_list_idx on candidate using gin (language_list);
create index candidate_skill_list_idx on candidate using gin (skill_list);

-- 3. Newest first is the order of every search without words: read it from an index and stop after the page.
create index candidate_newest_idx on candidate (updated_at desc, id desc) where merged_into is null;
