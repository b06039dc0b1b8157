-- A stored list is of contacts or of DNC numbers; names are unique per stream within a kind.
-- Lists stored before this version are contact lists.
ALTER TABLE contact_list ADD COLUMN kind VARCHAR DEFAULT 'contacts' NOT NULL;
ALTER TABLE contact_list DROP CONSTRAINT contact_list_name_unique_per_stream;
ALTER TABLE contact_list ADD CONSTRAINT contact_list_name_unique_per_stream_kind UNIQUE (stream_id, kind, lname);
DROP INDEX contact_list_created;
CREATE INDEX contact_list_created ON contact_list (stream_id, kind, created_at_second, created_at_nano, id);
