-- Lists move from "|"- and ","-joined text to JSON arrays (V15). First the arrays generated from the joined text
-- go (V16 generates them again from the JSON), and the columns become text: a JSON array is longer than the joined
-- text it replaces.
alter table candidate
  drop column licensed_state_list,
  drop column language_list,
  drop column skill_list;
alter table candidate
  alter column skills type text,
  alter column languages type text,
  alter column licensed_states type text,
  alter column not_duplicate_of type text;
alter table skill_term alter column aliases type text;
alter table note alter column mentions type text;
alter table outbox_message alter column recipients type text;
