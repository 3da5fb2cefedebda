create sequence saved_search_seq start with 50 increment by 50;
create table saved_search (
  id bigint primary key,
  owner varchar(254) not null,
  name varchar(200) not null,
  query varchar(4000) not null,
  created_at timestamp with time zone not null
);
create index saved_search_owner_idx on saved_search (owner);
