-- Who corrected which profile field and when, and what an undo restores (JSON, like corrections_json).
alter table candidate add column correction_notes_json text;

-- The list of past uploads: newest first, optionally one uploader's or one requisition's.
create index upload_batch_created_idx on upload_batch (created_at);
create index upload_batch_creator_idx on upload_batch (created_by, created_at);
create index upload_batch_requisition_idx on upload_batch (requisition_id, created_at);
