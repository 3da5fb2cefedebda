-- Lists move from "|"- and ","-joined text to JSON arrays (V15), which are longer than the joined text they replace.
alter table candidate alter column skills set data type varchar(16000);
alter table candidate alter column languages set data type varchar(4000);
alter table candidate alter column licensed_states set data type varchar(2000);
alter table candidate alter column not_duplicate_of set data type varchar(4000);
alter table skill_term alter column aliases set data type varchar(4000);
alter table note alter column mentions set data type varchar(8000);
alter table outbox_message alter column recipients set data type varchar(8000);
