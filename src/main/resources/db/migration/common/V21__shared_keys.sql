-- Secrets every node must use alike (link signing, credential encryption) when configuration names none:
-- generated once by the first node that needs one, read by all others.
create table shared_key (
  name varchar(64) primary key,
  secret varchar(128) not null,
  created_at timestamp with time zone not null
);
