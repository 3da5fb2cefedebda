create sequence candidate_seq start with 50 increment by 50;
create table candidate (
  id bigint primary key,
  full_name varchar(200),
  primary_email varchar(254),
  primary_phone varchar(32),
  city varchar(120),
  region varchar(64),
  country varchar(2),
  experience_months integer,
  contact_center_months integer,
  npn varchar(16),
  skills varchar(4000),
  languages varchar(1000),
  licensed_states varchar(400),
  profile_json text,
  corrections_json text,
  search_text text,
  source varchar(32) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  possible_duplicate_of bigint,
  not_duplicate_of varchar(1000),
  merged_into bigint,
  version bigint not null
);
create index candidate_email_idx on candidate (primary_email);
create index candidate_phone_idx on candidate (primary_phone);

create table candidate_email (
  candidate_id bigint not null references candidate (id) on delete cascade,
  email varchar(254) not null,
  primary key (candidate_id, email)
);
create index candidate_email_lookup_idx on candidate_email (email);

create table candidate_phone (
  candidate_id bigint not null references candidate (id) on delete cascade,
  phone varchar(32) not null,
  primary key (candidate_id, phone)
);
create index candidate_phone_lookup_idx on candidate_phone (phone);

create sequence upload_batch_seq start with 50 increment by 50;
create table upload_batch (
  id bigint primary key,
  created_by varchar(254) not null,
  created_at timestamp with time zone not null,
  requisition_id bigint references requisition (id),
  total integer not null,
  version bigint not null
);

create sequence resume_document_seq start with 50 increment by 50;
create table resume_document (
  id bigint primary key,
  candidate_id bigint references candidate (id),
  batch_id bigint references upload_batch (id),
  requisition_id bigint references requisition (id),
  sha256 varchar(64) not null,
  file_name varchar(255) not null,
  media_type varchar(120),
  size_bytes bigint not null,
  status varchar(16) not null,
  outcome varchar(16),
  error varchar(1000),
  text_content text,
  uploaded_by varchar(254) not null,
  uploaded_at timestamp with time zone not null,
  parsed_at timestamp with time zone,
  version bigint not null
);
create index resume_document_sha_idx on resume_document (sha256);
create index resume_document_batch_idx on resume_document (batch_id);
create index resume_document_candidate_idx on resume_document (candidate_id);

create sequence application_seq start with 50 increment by 50;
create table application (
  id bigint primary key,
  candidate_id bigint not null references candidate (id),
  requisition_id bigint not null references requisition (id),
  stage varchar(32) not null,
  source varchar(32) not null,
  applied_at timestamp with time zone not null,
  answers text,
  knocked_out boolean not null,
  knockout_reason varchar(1000),
  consent_at timestamp with time zone,
  version bigint not null
);
create index application_requisition_idx on application (requisition_id);
create index application_candidate_idx on application (candidate_id);

create sequence candidate_event_seq start with 50 increment by 50;
create table candidate_event (
  id bigint primary key,
  candidate_id bigint not null references candidate (id) on delete cascade,
  application_id bigint,
  at timestamp with time zone not null,
  actor varchar(254) not null,
  type varchar(32) not null,
  detail varchar(2000)
);
create index candidate_event_candidate_idx on candidate_event (candidate_id, at);

-- Voluntary EEO self-identification: kept apart from the application, never shown to people who decide.
create sequence eeo_self_identification_seq start with 50 increment by 50;
create table eeo_self_identification (
  id bigint primary key,
  requisition_id bigint not null,
  submitted_at timestamp with time zone not null,
  gender varchar(64),
  race_ethnicity varchar(128),
  veteran_status varchar(64),
  disability_status varchar(64)
);
