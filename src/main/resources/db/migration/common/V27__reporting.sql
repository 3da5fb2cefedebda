-- Reporting from recorded events. Each application keeps the furthest funnel stage it ever reached (Applied …
-- Hired), so the funnel is one pass over the applications; each stage change keeps how many seconds the
-- application spent in the stage it leaves, so time in stage needs no search through the history and no arithmetic
-- per row.
alter table application add column furthest_stage varchar(32) default 'APPLIED' not null;
update application set furthest_stage = coalesce((
  select case max(case sc.to_stage when 'APPLIED' then 0 when 'SCREEN' then 1 when 'PHONE_INTERVIEW' then 2
      when 'MOCK_SALES_CALL' then 3 when 'MANAGER_INTERVIEW' then 4 when 'OFFER' then 5 when 'HIRED' then 6 end)
    when 1 then 'SCREEN' when 2 then 'PHONE_INTERVIEW' when 3 then 'MOCK_SALES_CALL' when 4 then 'MANAGER_INTERVIEW'
    when 5 then 'OFFER' when 6 then 'HIRED' else 'APPLIED' end
  from stage_change sc where sc.application_id = application.id), 'APPLIED');

alter table stage_change add column seconds_in_stage bigint;
update stage_change set seconds_in_stage = cast(extract(epoch from at) - extract(epoch from (
  select max(p.at) from stage_change p where p.application_id = stage_change.application_id and p.at < stage_change.at))
  as bigint)
where from_stage is not null;

create index application_applied_idx on application (applied_at);
create index application_accepted_idx on application (offer_accepted_at);
create index stage_change_at_idx on stage_change (at);
create index opening_filled_idx on opening (filled_at);
