-- PostgreSQL full-text search over the name, the email and the resume text (H2 uses LIKE on the same columns).
create index candidate_fts_idx on candidate
  using gin (to_tsvector('english', coalesce(full_name, '') || ' ' || coalesce(primary_email, '') || ' ' || coalesce(search_text, '')));
