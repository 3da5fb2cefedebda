alter table team add column baseline_headcount integer default 0 not null;

create sequence approval_chain_step_seq start with 50 increment by 50;
create table approval_chain_step (
  id bigint primary key,
  team_id bigint not null references team (id) on delete cascade,
  position integer not null,
  approver_user_id bigint references app_user (id),
  approver_role varchar(32)
);

create sequence requisition_seq start with 50 increment by 50;
create table requisition (
  id bigint primary key,
  title varchar(200) not null,
  team_id bigint not null references team (id),
  work_mode varchar(16) not null,
  site varchar(200),
  target_start_date date,
  pay_min numeric(12, 2),
  pay_max numeric(12, 2),
  pay_currency varchar(3) not null,
  pay_basis varchar(16) not null,
  shift varchar(200),
  schedule varchar(400),
  employment_type varchar(16) not null,
  hiring_manager_id bigint references app_user (id),
  recruiter_id bigint references app_user (id),
  description text,
  status varchar(24) not null,
  approval_round integer not null,
  created_by varchar(254) not null,
  requested_by varchar(254),
  created_at timestamp with time zone not null,
  first_opened_at timestamp with time zone,
  status_changed_at timestamp with time zone not null,
  cloned_from_id bigint,
  version bigint not null
);
create index requisition_status_idx on requisition (status);
create index requisition_team_idx on requisition (team_id);

create table requisition_remote_state (
  requisition_id bigint not null references requisition (id) on delete cascade,
  state varchar(2) not null,
  primary key (requisition_id, state)
);

create table requisition_license (
  requisition_id bigint not null references requisition (id) on delete cascade,
  state varchar(2) not null,
  line varchar(32) not null,
  primary key (requisition_id, state, line)
);

create table requisition_interviewer (
  requisition_id bigint not null references requisition (id) on delete cascade,
  user_id bigint not null references app_user (id),
  primary key (requisition_id, user_id)
);

create table screening_criterion (
  requisition_id bigint not null references requisition (id) on delete cascade,
  position integer not null,
  kind varchar(24) not null,
  criterion_value varchar(200),
  min_months integer,
  must_have boolean not null,
  primary key (requisition_id, position)
);

create table knockout_question (
  requisition_id bigint not null references requisition (id) on delete cascade,
  position integer not null,
  question varchar(500) not null,
  answer_type varchar(16) not null,
  options varchar(2000) not null,
  disqualifying varchar(2000) not null,
  primary key (requisition_id, position)
);

create sequence opening_seq start with 50 increment by 50;
create table opening (
  id bigint primary key,
  requisition_id bigint not null references requisition (id) on delete cascade,
  number integer not null,
  status varchar(16) not null,
  opened_at timestamp with time zone,
  filled_at timestamp with time zone,
  filled_by varchar(200),
  version bigint not null
);
create index opening_requisition_idx on opening (requisition_id);

create sequence approval_step_seq start with 50 increment by 50;
create table approval_step (
  id bigint primary key,
  requisition_id bigint not null references requisition (id) on delete cascade,
  round integer not null,
  position integer not null,
  approver_user_id bigint references app_user (id),
  approver_role varchar(32),
  status varchar(16) not null,
  decided_by varchar(254),
  decided_at timestamp with time zone,
  comment varchar(2000)
);
create index approval_step_requisition_idx on approval_step (requisition_id);

create sequence requisition_event_seq start with 50 increment by 50;
create table requisition_event (
  id bigint primary key,
  requisition_id bigint not null references requisition (id) on delete cascade,
  at timestamp with time zone not null,
  actor varchar(254) not null,
  type varchar(32) not null,
  from_status varchar(24),
  to_status varchar(24),
  detail varchar(2000)
);
create index requisition_event_requisition_idx on requisition_event (requisition_id, at);

create sequence headcount_target_seq start with 50 increment by 50;
create table headcount_target (
  id bigint primary key,
  team_id bigint not null references team (id) on delete cascade,
  month_start date not null,
  target integer not null,
  version bigint not null,
  constraint headcount_target_uq unique (team_id, month_start)
);
