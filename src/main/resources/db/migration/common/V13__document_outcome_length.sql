-- "POSSIBLE_DUPLICATE" has 18 characters: an upload of a probable duplicate failed to be filed.
alter table resume_document alter column outcome set data type varchar(32);
