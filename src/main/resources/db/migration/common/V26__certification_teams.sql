-- The teams (the agents' roles: sales, service, retention…) that need a certification; none listed: every team.
create table certification_team (
  certification_id bigint not null references certification (id) on delete cascade,
  team_id bigint not null references team (id),
  primary key (certification_id, team_id)
);
