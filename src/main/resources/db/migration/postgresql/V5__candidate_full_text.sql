-- PostgreSQL full-text search over the name, the email and the resume text (H2 uses LIKE on the same columns):
-- a stored tsvector, so ranking does not re-parse every matching resume, with a GIN index on it.
alter table candidate add column search_vector tsvector generated always as (
  to_tsvector('english', coalesce(full_name, '') || ' ' || coalesce(primary_email, '') || ' ' || coalesce(search_text, ''))
) stored;
create index candidate_fts_idx on candidate using gin (search_vector);
