-- Where people come from, kept by admins: job boards, referrals, agencies and BPO vendors, job fairs, each with a
-- cost model. A person's source is who found them (set from a careers link's ?source=, the upload form, or by
-- hand); the intake channel (careers page, upload) stays as it was.
create sequence recruiting_source_seq start with 50 increment by 50;
create table recruiting_source (
  id bigint primary key,
  name varchar(120) not null,
  code varchar(40) not null,
  kind varchar(20) not null,
  cost_model varchar(20) not null,
  cost_amount numeric(12, 2) not null,
  cost_since date not null,
  retired_on date,
  version bigint not null,
  constraint recruiting_source_name_uq unique (name),
  constraint recruiting_source_code_uq unique (code)
);
alter table candidate add column recruiting_source_id bigint references recruiting_source (id);
create index candidate_recruiting_source_idx on candidate (recruiting_source_id);
alter table upload_batch add column recruiting_source_id bigint references recruiting_source (id);

-- EEO selection rates need to know which self-identifications belong to people who were hired. The link is a keyed
-- hash (HMAC-SHA-256) of the application id under a key that lives in the server's configuration, not in the
-- database: only the reporting code can follow it, and a reader of the database cannot join the answers to anyone.
-- Rows written before this migration have no link: they count as applicants, never as selected.
alter table eeo_response add column application_key varchar(64);
create unique index eeo_response_application_key_uq on eeo_response (application_key);
