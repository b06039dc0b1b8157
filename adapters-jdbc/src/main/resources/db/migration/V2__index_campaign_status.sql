-- The schedule ticker asks every second for a stream's Scheduled and Rescheduled campaigns
-- (JdbcCampaignRepository.findByStatus): an index keeps that from reading the whole table.
CREATE INDEX campaign_status_per_stream ON campaign (stream_id, status);
