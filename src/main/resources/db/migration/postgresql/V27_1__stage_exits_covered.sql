-- Time in stage over a year of stage changes (a million rows and more) is read from this index alone.
drop index stage_change_at_idx;
create index stage_change_at_idx on stage_change (at) include (from_stage, seconds_in_stage, requisition_id, application_id);
