-- Screening and the hiring pipeline: stage history, per-requisition stages, scores, tags, notes, bulk actions.
alter table application add column stage_entered_at timestamp with time zone;
update application set stage_entered_at = applied_at;
alter table application add column closed_from_stage varchar(32);
alter table application add column close_reason varchar(1000);
alter table application add column knockout_overridden_by varchar(320);
alter table application add column offer_accepted_at timestamp with time zone;
alter table application add column score integer;
alter table application add column unmet_must_haves integer default 0 not null;
alter table application add column screening_json text;
alter table application add column assignee_id bigint references app_user (id);
create index application_stage_idx on application (requisition_id, stage);

create table application_tag (
  application_id bigint not null references application (id) on delete cascade,
  tag varchar(40) not null,
  primary key (application_id, tag)
);

create sequence stage_change_seq start with 50 increment by 50;
create table stage_change (
  id bigint primary key,
  application_id bigint not null references application (id),
  candidate_id bigint not null,
  requisition_id bigint not null,
  from_stage varchar(32),
  to_stage varchar(32) not null,
  reason varchar(1000),
  actor varchar(320) not null,
  at timestamp with time zone not null
);
create index stage_change_application_idx on stage_change (application_id, at);
create index stage_change_requisition_idx on stage_change (requisition_id, at);

-- A requisition's own pipeline; a requisition without rows uses the default pipeline.
create sequence pipeline_stage_seq start with 50 increment by 50;
create table pipeline_stage (
  id bigint primary key,
  requisition_id bigint not null references requisition (id) on delete cascade,
  stage_key varchar(32) not null,
  name varchar(60) not null,
  position integer not null,
  interview boolean not null,
  unique (requisition_id, stage_key)
);

create sequence note_seq start with 50 increment by 50;
create table note (
  id bigint primary key,
  candidate_id bigint not null references candidate (id),
  application_id bigint references application (id),
  author varchar(320) not null,
  body varchar(4000) not null,
  mentions varchar(2000),
  created_at timestamp with time zone not null
);
create index note_candidate_idx on note (candidate_id, created_at);

create sequence bulk_action_seq start with 50 increment by 50;
create table bulk_action (
  id bigint primary key,
  action varchar(32) not null,
  actor varchar(320) not null,
  at timestamp with time zone not null,
  parameters varchar(4000),
  total integer not null,
  succeeded integer not null,
  results text not null
);
