-- The agents' floor KPIs from the call-center platform, per agent and day or week (a week starts on its Monday).
-- Each optional; a row is replaced by the same agent, start and length arriving again.
create sequence kpi_import_seq start with 50 increment by 50;
create table kpi_import (
  id bigint primary key,
  source_system varchar(60) not null,
  file_name varchar(255),
  imported_by varchar(254) not null,
  imported_at timestamp with time zone not null,
  period_from date,
  period_to date,
  stored integer not null,
  rejected integer not null,
  version bigint not null
);
create table floor_kpi (
  new_hire_id bigint not null references new_hire (id) on delete cascade,
  period_start date not null,
  period_days smallint not null,
  calls_handled integer,
  aht_seconds integer,
  talk_seconds integer,
  hold_seconds integer,
  follow_ups integer,
  quotes integer,
  policies_sold integer,
  qa_score numeric(5, 2),
  adherence numeric(5, 2),
  source_system varchar(60) not null,
  import_id bigint not null,
  primary key (new_hire_id, period_start, period_days)
);
create index floor_kpi_source_period_idx on floor_kpi (source_system, period_start);
-- How a source system's CSV columns map to the KPI fields, saved with its last import.
create table kpi_column_mapping (
  source_system varchar(60) primary key,
  mapping varchar(4000) not null,
  updated_by varchar(254) not null,
  updated_at timestamp with time zone not null
);
-- The target ramp an admin sets per KPI: a target for each of the first 12 weeks on the floor, and how many weeks in a
-- row must meet theirs for an agent to count as proficient.
create table kpi_target (
  kpi varchar(30) primary key,
  targets varchar(1000) not null,
  consecutive_weeks integer not null,
  updated_by varchar(254) not null,
  updated_at timestamp with time zone not null,
  version bigint not null
);
