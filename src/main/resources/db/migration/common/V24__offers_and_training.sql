-- Training programs (issue 17): an ordered list of modules, each with planned hours and, where assessed, a pass
-- mark, the retakes allowed and whether the best or the latest attempt counts.
create sequence training_program_seq start with 50 increment by 50;
create table training_program (
  id bigint primary key,
  name varchar(200) not null,
  description varchar(2000),
  version bigint not null,
  constraint training_program_name_uq unique (name)
);

create sequence training_module_seq start with 50 increment by 50;
create table training_module (
  id bigint primary key,
  program_id bigint not null references training_program (id) on delete cascade,
  position integer not null,
  name varchar(200) not null,
  kind varchar(30) not null,
  planned_hours integer not null,
  pass_mark integer,
  retakes integer not null,
  score_rule varchar(10) not null
);
create index training_module_program_idx on training_module (program_id, position);

-- A class (cohort): one run of a program with its trainers, start, capacity, place and zone.
create sequence training_class_seq start with 50 increment by 50;
create table training_class (
  id bigint primary key,
  program_id bigint not null references training_program (id),
  name varchar(200) not null,
  start_date date not null,
  capacity integer not null,
  location varchar(200) not null,
  is_virtual boolean not null,
  time_zone varchar(60) not null,
  created_by varchar(254) not null,
  created_at timestamp with time zone not null,
  version bigint not null
);
create index training_class_start_idx on training_class (start_date);

create table training_class_trainer (
  class_id bigint not null references training_class (id) on delete cascade,
  user_id bigint not null references app_user (id),
  primary key (class_id, user_id)
);
create index training_class_trainer_user_idx on training_class_trainer (user_id);

-- The class's calendar: one row per session (date and local times in the class's zone), generated from the program
-- and a weekly pattern, then editable.
create sequence class_session_seq start with 50 increment by 50;
create table class_session (
  id bigint primary key,
  class_id bigint not null references training_class (id) on delete cascade,
  module_id bigint references training_module (id),
  session_date date not null,
  starts_at time not null,
  ends_at time not null,
  topic varchar(200),
  cancelled boolean not null,
  version bigint not null
);
create index class_session_class_idx on class_session (class_id, session_date);

-- A person hired through an accepted offer (or by hand), enrolled in a class, and where they stand.
create sequence new_hire_seq start with 50 increment by 50;
create table new_hire (
  id bigint primary key,
  application_id bigint not null references application (id) on delete cascade,
  candidate_id bigint not null,
  requisition_id bigint not null references requisition (id),
  team_id bigint,
  class_id bigint not null references training_class (id),
  full_name varchar(300) not null,
  email varchar(254),
  status varchar(20) not null,
  status_on date not null,
  status_reason varchar(1000),
  hired_at timestamp with time zone not null,
  classroom_done_on date,
  nesting_start_on date,
  graduated_on date,
  opening_reopened boolean not null,
  version bigint not null,
  constraint new_hire_application_uq unique (application_id)
);
create index new_hire_class_idx on new_hire (class_id);

create sequence attendance_seq start with 50 increment by 50;
create table attendance (
  id bigint primary key,
  session_id bigint not null references class_session (id) on delete cascade,
  new_hire_id bigint not null references new_hire (id) on delete cascade,
  mark varchar(10) not null,
  note varchar(500),
  marked_by varchar(254) not null,
  marked_at timestamp with time zone not null,
  version bigint not null,
  constraint attendance_once_uq unique (session_id, new_hire_id)
);
create index attendance_hire_idx on attendance (new_hire_id);

create sequence assessment_attempt_seq start with 50 increment by 50;
create table assessment_attempt (
  id bigint primary key,
  new_hire_id bigint not null references new_hire (id) on delete cascade,
  module_id bigint not null references training_module (id),
  attempt integer not null,
  score integer not null,
  taken_on date not null,
  graded_by varchar(254) not null,
  graded_at timestamp with time zone not null,
  constraint assessment_attempt_uq unique (new_hire_id, module_id, attempt)
);

create sequence nesting_check_seq start with 50 increment by 50;
create table nesting_check (
  id bigint primary key,
  new_hire_id bigint not null references new_hire (id) on delete cascade,
  week_of date not null,
  ready boolean not null,
  note varchar(1000),
  checked_by varchar(254) not null,
  checked_at timestamp with time zone not null,
  constraint nesting_check_week_uq unique (new_hire_id, week_of)
);

create sequence flag_acknowledgement_seq start with 50 increment by 50;
create table flag_acknowledgement (
  id bigint primary key,
  new_hire_id bigint not null references new_hire (id) on delete cascade,
  flag varchar(80) not null,
  note varchar(1000) not null,
  acknowledged_by varchar(254) not null,
  acknowledged_at timestamp with time zone not null,
  constraint flag_acknowledgement_uq unique (new_hire_id, flag)
);

-- Offers: pay, shift, place, the class it starts with, expiry, the letter (text and PDF), and its life: drafted,
-- approved, sent, answered (by the candidate's link or recorded by a recruiter), lapsed, superseded or withdrawn.
create sequence offer_seq start with 50 increment by 50;
create table offer (
  id bigint primary key,
  application_id bigint not null references application (id) on delete cascade,
  requisition_id bigint not null references requisition (id),
  class_id bigint not null references training_class (id),
  template_id bigint references email_template (id) on delete set null,
  pay_basis varchar(20) not null,
  pay_amount numeric(12, 2) not null,
  pay_currency varchar(3) not null,
  outside_range boolean not null,
  shift varchar(200) not null,
  work_mode varchar(20) not null,
  site varchar(200),
  start_date date not null,
  expires_at timestamp with time zone not null,
  letter_text varchar(20000) not null,
  letter_pdf bytea,
  status varchar(20) not null,
  supersedes_id bigint references offer (id),
  created_by varchar(254) not null,
  created_at timestamp with time zone not null,
  sent_at timestamp with time zone,
  answered_at timestamp with time zone,
  answered_by varchar(254),
  answer_channel varchar(20),
  decline_reason varchar(1000),
  closed_at timestamp with time zone,
  version bigint not null
);
create index offer_application_idx on offer (application_id);
create index offer_status_idx on offer (status, expires_at);

-- Who approves an offer: the hiring manager, then (pay outside the requisition's range) the team's chain.
create sequence offer_approval_seq start with 50 increment by 50;
create table offer_approval (
  id bigint primary key,
  offer_id bigint not null references offer (id) on delete cascade,
  position integer not null,
  approver_user_id bigint references app_user (id),
  approver_role varchar(30),
  status varchar(20) not null,
  decided_by varchar(254),
  decided_at timestamp with time zone,
  decision_comment varchar(1000)
);
create index offer_approval_offer_idx on offer_approval (offer_id, position);

-- The standard offer letter: its subject is the letter's title, its body the letter; the email that carries it adds
-- the link to accept or decline when the body does not place {{offerLink}} itself.
insert into email_template (id, purpose, name, subject, body, active, updated_by, updated_at, version) values
(7, 'OFFER_LETTER', 'Offer letter', 'Your offer: {{requisitionTitle}}',
 'Dear {{candidateName}},

we are pleased to offer you the position of {{requisitionTitle}}.

Pay: {{payAmount}} {{payBasis}}
Shift: {{shift}}
Place of work: {{workplace}}
First day: {{startDate}}, when your training class {{className}} starts.

This offer stands until {{offerExpires}}. Accept or decline it here: {{offerLink}}

We look forward to working with you.

{{recruiterName}}
{{recruiterEmail}}', true, 'system', current_timestamp, 0);
