-- Candidate search filters keep their GIN-indexed lower-case arrays (see V10 and SearchConditions), now generated
-- from the JSON arrays of V15 through an immutable function (a generated column may not hold a subquery).
create function floorready_lower_json_array(json_text text) returns text[]
  language sql immutable parallel safe
  as $$ select coalesce(array_agg(lower(e)), '{}') from json_array_elements_text(coalesce(nullif(json_text, ''), '[]')::json) as e $$;

alter table candidate
  add column licensed_state_list text[] generated always as (floorready_lower_json_array(licensed_states)) stored,
  add column language_list text[] generated always as (floorready_lower_json_array(languages)) stored,
  add column skill_list text[] generated always as (floorready_lower_json_array(skills)) stored;
create index candidate_licensed_state_list_idx on candidate using gin (licensed_state_list);
create index candidate_language_list_idx on candidate using gin (language_list);
create index candidate_skill_list_idx on candidate using gin (skill_list);
