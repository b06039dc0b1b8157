-- A list's kind is one the server knows, so a row cannot fail to read; a callback goes with its campaign.
ALTER TABLE contact_list ADD CONSTRAINT contact_list_kind_known CHECK (kind IN ('contacts', 'dnc'));
DELETE FROM callback WHERE NOT EXISTS (SELECT 1 FROM campaign c WHERE c.stream_id = callback.stream_id AND c.id = callback.campaign_id);
ALTER TABLE callback ADD CONSTRAINT callback_of_campaign FOREIGN KEY (stream_id, campaign_id) REFERENCES campaign (stream_id, id) ON DELETE CASCADE;
