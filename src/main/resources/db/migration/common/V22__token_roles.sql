-- A token may be limited to some of its owner's roles (comma-separated); null: all the owner's roles of the moment.
alter table api_token add column roles varchar(200);
