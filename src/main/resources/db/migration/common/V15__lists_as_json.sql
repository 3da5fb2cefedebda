-- Lists stored as JSON arrays instead of joined text (see JsonArrays): "Five9|Salesforce" becomes
-- ["Five9","Salesforce"], "12,34" becomes [12,34]. Backslashes and quotes in a value are escaped as JSON wants.
-- The same SQL on H2 and PostgreSQL (both take backslashes in string literals as they are).
update candidate set
  skills = case when skills is null then null when skills = '' then '[]'
    else '["' || replace(replace(replace(skills, '\', '\\'), '"', '\"'), '|', '","') || '"]' end,
  languages = case when languages is null then null when languages = '' then '[]'
    else '["' || replace(replace(replace(languages, '\', '\\'), '"', '\"'), '|', '","') || '"]' end,
  licensed_states = case when licensed_states is null then null when licensed_states = '' then '[]'
    else '["' || replace(replace(replace(licensed_states, '\', '\\'), '"', '\"'), '|', '","') || '"]' end,
  not_duplicate_of = case when not_duplicate_of is null or trim(not_duplicate_of) = '' then null
    else '[' || replace(not_duplicate_of, ' ', '') || ']' end;

update skill_term set aliases = case when aliases = '' then '[]'
  else '["' || replace(replace(replace(aliases, '\', '\\'), '"', '\"'), '|', '","') || '"]' end;

update note set mentions = '["' || replace(mentions, ',', '","') || '"]' where mentions is not null and mentions <> '';

update outbox_message set recipients = '["' || replace(replace(recipients, ', ', ','), ',', '","') || '"]';
