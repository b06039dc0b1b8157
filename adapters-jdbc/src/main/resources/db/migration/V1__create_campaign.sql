-- One row per stored campaign. Portable SQL: the same script runs on PostgreSQL and on H2.
-- Scalars have their own columns; nested value parts (contact lists, calling hours with their
-- windows and restricted periods, resolved directory ids, schedule) are one JSON document in
-- "details". Texts are unbounded: the domain owns every length limit, the table repeats none.
-- Instants are stored as epoch seconds plus nanoseconds, so no precision is lost on either engine.
CREATE TABLE campaign (
    stream_id               VARCHAR NOT NULL,
    id                      VARCHAR NOT NULL,
    version                 BIGINT  NOT NULL,
    lname                   VARCHAR NOT NULL,
    mode                    VARCHAR NOT NULL,
    name                    VARCHAR NOT NULL,
    description             VARCHAR NOT NULL,
    priority                INTEGER NOT NULL,
    dnc_list                VARCHAR,
    caller_id               VARCHAR NOT NULL,
    dialing_order           VARCHAR NOT NULL,
    max_attempts_per_record INTEGER NOT NULL,
    retry_period_minutes    INTEGER NOT NULL,
    max_ring_seconds        INTEGER NOT NULL,
    experience_flow         VARCHAR,
    machine_detection       VARCHAR,
    queue_name              VARCHAR,
    max_skips               INTEGER,
    status                  VARCHAR NOT NULL,
    instance_id             VARCHAR,
    created_at_second       BIGINT  NOT NULL,
    created_at_nano         INTEGER NOT NULL,
    updated_at_second       BIGINT  NOT NULL,
    updated_at_nano         INTEGER NOT NULL,
    details                 VARCHAR NOT NULL,
    CONSTRAINT campaign_pk PRIMARY KEY (stream_id, id),
    CONSTRAINT campaign_name_unique_per_stream UNIQUE (stream_id, lname)
);
