-- A hire through the pipeline fills a seat: the opening remembers which application was hired into it (null when a
-- seat was filled by hand for a hire made outside FloorReady).
alter table opening add column application_id bigint;
create index opening_application_idx on opening (application_id);
