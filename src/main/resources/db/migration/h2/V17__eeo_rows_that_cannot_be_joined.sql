-- EEO self-identification must never be joinable with an applicant: no submission time (it matched the
-- application's to the microsecond), only its month, and a random id instead of a sequence (whose order followed
-- the applications'). Existing rows keep their answers, requisition and month.
create table eeo_response (
  id varchar(36) primary key,
  requisition_id bigint not null,
  submitted_month date not null,
  gender varchar(64),
  race_ethnicity varchar(128),
  veteran_status varchar(64),
  disability_status varchar(64)
);
insert into eeo_response (id, requisition_id, submitted_month, gender, race_ethnicity, veteran_status, disability_status)
  select cast(random_uuid() as varchar(36)), requisition_id, cast(date_trunc('month', submitted_at) as date), gender,
    race_ethnicity, veteran_status, disability_status
  from eeo_self_identification;
drop table eeo_self_identification;
drop sequence eeo_self_identification_seq;
create index eeo_response_requisition_idx on eeo_response (requisition_id, submitted_month);
