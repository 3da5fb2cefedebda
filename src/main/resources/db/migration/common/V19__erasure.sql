-- A person whose personal data was erased (on request, or at the end of the retention period) keeps an anonymous
-- record for the reports' counts; erased_at says when.
alter table candidate add column erased_at timestamp with time zone;
