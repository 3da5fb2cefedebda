-- Sessions any node can serve: the cookie holds a random token, the database its SHA-256 (never the token itself),
-- with the user's session epoch at sign-in (a password change or disabling the user ends every session at once).
create table user_session (
  token_hash varchar(64) primary key,
  user_id bigint not null references app_user (id) on delete cascade,
  epoch integer not null,
  csrf_token varchar(64) not null,
  created_at timestamp with time zone not null,
  last_used_at timestamp with time zone not null,
  expires_at timestamp with time zone not null
);
create index user_session_user_idx on user_session (user_id);
create index user_session_expires_idx on user_session (expires_at);

-- Hits per bucket (client address, email …) in fixed windows, counted by every node in one place.
create table rate_counter (
  bucket varchar(300) not null,
  window_start timestamp with time zone not null,
  hits integer not null,
  primary key (bucket, window_start)
);

-- "Forgot password": single-use, expiring links; only the SHA-256 of the link's token is kept.
create table password_reset (
  token_hash varchar(64) primary key,
  user_id bigint not null references app_user (id) on delete cascade,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  used_at timestamp with time zone
);

-- API tokens for scripts and integrations, sent as "Authorization: Bearer …"; only their SHA-256 is kept.
create sequence api_token_seq start with 50 increment by 50;
create table api_token (
  id bigint primary key,
  token_hash varchar(64) not null,
  user_id bigint not null references app_user (id) on delete cascade,
  name varchar(120) not null,
  created_by varchar(254) not null,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone,
  last_used_at timestamp with time zone,
  revoked_at timestamp with time zone,
  version bigint not null,
  constraint api_token_hash_uq unique (token_hash)
);
create index api_token_user_idx on api_token (user_id);

-- A password an admin set must be changed by its owner at the next sign-in.
alter table app_user add column password_change_required boolean default false not null;
