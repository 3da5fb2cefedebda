-- H2 filters licensed states, languages and skills with LIKE over the "|"-joined text (PostgreSQL uses arrays);
-- searches without words list the newest first.
create index candidate_newest_idx on candidate (updated_at desc, id desc);
