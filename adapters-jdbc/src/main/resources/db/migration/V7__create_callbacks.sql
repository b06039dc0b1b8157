-- Callbacks per stream and campaign: a number to call at an instant. Portable SQL for PostgreSQL and H2, in the
-- style of V1: instants as epoch seconds plus nanoseconds. Read in the order they are due, per campaign.
CREATE TABLE callback (
    stream_id          VARCHAR NOT NULL,
    campaign_id        VARCHAR NOT NULL,
    id                 VARCHAR NOT NULL,
    phone              VARCHAR NOT NULL,
    contact_id         VARCHAR,
    call_at_second     BIGINT  NOT NULL,
    call_at_nano       INTEGER NOT NULL,
    note               VARCHAR,
    created_at_second  BIGINT  NOT NULL,
    created_at_nano    INTEGER NOT NULL,
    CONSTRAINT callback_pk PRIMARY KEY (stream_id, campaign_id, id)
);

CREATE INDEX callback_due ON callback (stream_id, campaign_id, call_at_second, call_at_nano, id);
