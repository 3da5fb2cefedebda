create sequence skill_term_seq start with 50 increment by 50;
create table skill_term (
  id bigint primary key,
  name varchar(120) not null,
  aliases varchar(1000) not null,
  created_by varchar(254) not null,
  created_at timestamp with time zone not null,
  constraint skill_term_name_uq unique (name)
);
