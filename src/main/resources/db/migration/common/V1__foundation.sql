create sequence team_seq start with 50 increment by 50;
create table team (
  id bigint primary key,
  name varchar(120) not null,
  site varchar(120),
  time_zone varchar(64) not null,
  version bigint not null,
  constraint team_name_uq unique (name)
);

create sequence app_user_seq start with 50 increment by 50;
create table app_user (
  id bigint primary key,
  email varchar(254) not null,
  display_name varchar(200) not null,
  password_hash varchar(400) not null,
  time_zone varchar(64) not null,
  team_id bigint references team (id),
  enabled boolean not null,
  session_epoch integer not null,
  created_at timestamp with time zone not null,
  version bigint not null,
  constraint app_user_email_uq unique (email)
);
create table app_user_role (
  user_id bigint not null references app_user (id) on delete cascade,
  role varchar(32) not null,
  primary key (user_id, role)
);

create table login_throttle (
  email varchar(254) primary key,
  failures integer not null,
  locked_until timestamp with time zone,
  last_failure_at timestamp with time zone
);

create sequence audit_entry_seq start with 50 increment by 50;
create table audit_entry (
  id bigint primary key,
  at timestamp with time zone not null,
  actor varchar(254) not null,
  entity_type varchar(80) not null,
  entity_id varchar(80) not null,
  action varchar(16) not null,
  summary varchar(400),
  changes text
);
create index audit_entry_at_idx on audit_entry (at);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);

create sequence outbox_message_seq start with 50 increment by 50;
create table outbox_message (
  id bigint primary key,
  created_at timestamp with time zone not null,
  recipients varchar(2000) not null,
  subject varchar(400) not null,
  text_body text not null,
  html_body text,
  purpose varchar(80),
  related_type varchar(80),
  related_id varchar(80),
  status varchar(16) not null,
  attempts integer not null,
  next_attempt_at timestamp with time zone not null,
  last_error varchar(1000),
  sent_at timestamp with time zone,
  version bigint not null
);
create index outbox_due_idx on outbox_message (status, next_attempt_at);

create sequence outbox_attachment_seq start with 50 increment by 50;
create table outbox_attachment (
  id bigint primary key,
  message_id bigint not null references outbox_message (id) on delete cascade,
  file_name varchar(255) not null,
  content_type varchar(255) not null,
  content bytea not null
);

-- db-scheduler's table; varchar keys instead of text so that H2 accepts the primary key
create table scheduled_tasks (
  task_name varchar(200) not null,
  task_instance varchar(200) not null,
  task_data bytea,
  execution_time timestamp with time zone not null,
  picked boolean not null,
  picked_by varchar(200),
  last_success timestamp with time zone,
  last_failure timestamp with time zone,
  consecutive_failures integer,
  last_heartbeat timestamp with time zone,
  version bigint not null,
  priority smallint,
  primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_idx on scheduled_tasks (priority desc, execution_time asc);
