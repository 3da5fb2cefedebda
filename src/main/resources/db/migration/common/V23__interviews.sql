-- Interviews (issue 16). Interviewers' availability: limits and the calendar feed their busy times come from
-- (its address encrypted with the configured key, never returned), and the secret of their own outgoing feed.
create table interviewer_calendar (
  user_id bigint primary key references app_user (id) on delete cascade,
  max_per_day integer,
  max_per_week integer,
  feed_url varchar(4000),
  feed_status varchar(20) not null,
  feed_checked_at timestamp with time zone,
  feed_problem varchar(500),
  feed_token_hash varchar(64),
  version bigint not null
);
create unique index interviewer_calendar_token_idx on interviewer_calendar (feed_token_hash);

-- Weekly hours, in the interviewer's own zone.
create table working_hours (
  user_id bigint not null references interviewer_calendar (user_id) on delete cascade,
  day_of_week varchar(10) not null,
  starts_at time not null,
  ends_at time not null
);
create index working_hours_user_idx on working_hours (user_id);

-- Busy times: copied from the interviewer's calendar (replaced on each good fetch) or time off they entered.
create sequence busy_time_seq start with 50 increment by 50;
create table busy_time (
  id bigint primary key,
  user_id bigint not null references app_user (id) on delete cascade,
  starts_at timestamp with time zone not null,
  ends_at timestamp with time zone not null,
  source varchar(20) not null,
  note varchar(200)
);
create index busy_time_user_idx on busy_time (user_id, starts_at);

-- How a requisition's interview stage is run: kind, length, buffer, who is needed (named people, N of a pool).
create sequence interview_plan_seq start with 50 increment by 50;
create table interview_plan (
  id bigint primary key,
  requisition_id bigint not null references requisition (id) on delete cascade,
  stage_key varchar(60) not null,
  kind varchar(30) not null,
  duration_minutes integer not null,
  buffer_minutes integer not null,
  required_ids varchar(2000) not null,
  pool_ids varchar(8000) not null,
  pool_count integer not null,
  location varchar(500),
  reminder_minutes varchar(200) not null,
  version bigint not null,
  constraint interview_plan_stage_uq unique (requisition_id, stage_key)
);

-- A booked interview; the iCalendar UID stays for its whole life and SEQUENCE counts its changes.
create sequence interview_seq start with 50 increment by 50;
create table interview (
  id bigint primary key,
  application_id bigint not null references application (id) on delete cascade,
  plan_id bigint not null references interview_plan (id),
  kind varchar(30) not null,
  starts_at timestamp with time zone not null,
  ends_at timestamp with time zone not null,
  status varchar(20) not null,
  ical_uid varchar(120) not null,
  ical_sequence integer not null,
  location varchar(500),
  candidate_zone varchar(60) not null,
  candidate_response varchar(20) not null,
  booked_by varchar(254) not null,
  booked_at timestamp with time zone not null,
  ended_by varchar(254),
  ended_reason varchar(500),
  ended_at timestamp with time zone,
  version bigint not null,
  constraint interview_uid_uq unique (ical_uid)
);
create index interview_application_idx on interview (application_id);

-- Who sits in an interview, and the time it keeps them busy (the interview and its buffers).
create table interview_seat (
  interview_id bigint not null references interview (id) on delete cascade,
  user_id bigint not null references app_user (id),
  busy_from timestamp with time zone not null,
  busy_to timestamp with time zone not null,
  response varchar(20) not null,
  primary key (interview_id, user_id)
);
create index interview_seat_user_idx on interview_seat (user_id, busy_from);

-- A link a candidate opens without an account to pick, move or cancel their interview: the window offered, until
-- when changes are allowed, and the interview once booked. The link itself is signed (SignedLinks); this row can
-- revoke it.
create sequence scheduling_link_seq start with 50 increment by 50;
create table scheduling_link (
  id bigint primary key,
  application_id bigint not null references application (id) on delete cascade,
  plan_id bigint not null references interview_plan (id),
  window_from timestamp with time zone not null,
  window_to timestamp with time zone not null,
  candidate_zone varchar(60) not null,
  expires_at timestamp with time zone not null,
  change_cutoff_hours integer not null,
  interview_id bigint references interview (id),
  created_by varchar(254) not null,
  created_at timestamp with time zone not null,
  revoked_at timestamp with time zone,
  version bigint not null
);
create index scheduling_link_application_idx on scheduling_link (application_id);

-- What an interviewer thought: a rating of 1-4 per competency of the interview's kind (a note required for 1 and 4),
-- a recommendation, a note. One per interviewer and interview.
create sequence scorecard_seq start with 50 increment by 50;
create table scorecard (
  id bigint primary key,
  interview_id bigint not null references interview (id) on delete cascade,
  interviewer_id bigint not null references app_user (id),
  ratings varchar(8000) not null,
  recommendation varchar(20) not null,
  note varchar(4000),
  submitted_at timestamp with time zone not null,
  version bigint not null,
  constraint scorecard_once_uq unique (interview_id, interviewer_id)
);
