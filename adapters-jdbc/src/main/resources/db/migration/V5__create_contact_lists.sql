-- Contact lists per stream and the contacts in them. Portable SQL for PostgreSQL and H2, in the style of V1:
-- unbounded texts (the rules own the limits), instants as epoch seconds plus nanoseconds.
-- A contact's number (E.164) and id are unique in its list; "position" keeps the order contacts were added in.
CREATE TABLE contact_list (
    stream_id         VARCHAR NOT NULL,
    id                VARCHAR NOT NULL,
    version           BIGINT  NOT NULL,
    lname             VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    description       VARCHAR,
    contacts          BIGINT  NOT NULL,
    created_at_second BIGINT  NOT NULL,
    created_at_nano   INTEGER NOT NULL,
    updated_at_second BIGINT  NOT NULL,
    updated_at_nano   INTEGER NOT NULL,
    CONSTRAINT contact_list_pk PRIMARY KEY (stream_id, id),
    CONSTRAINT contact_list_name_unique_per_stream UNIQUE (stream_id, lname)
);

CREATE INDEX contact_list_created ON contact_list (stream_id, created_at_second, created_at_nano, id);

CREATE TABLE contact (
    stream_id   VARCHAR NOT NULL,
    list_id     VARCHAR NOT NULL,
    id          VARCHAR NOT NULL,
    position    BIGINT  NOT NULL,
    phone       VARCHAR NOT NULL,
    zone        VARCHAR,
    postal_code VARCHAR,
    region      VARCHAR,
    attributes  VARCHAR NOT NULL,
    CONSTRAINT contact_pk PRIMARY KEY (stream_id, list_id, id),
    CONSTRAINT contact_phone_unique_per_list UNIQUE (stream_id, list_id, phone),
    CONSTRAINT contact_position_unique_per_list UNIQUE (stream_id, list_id, position),
    CONSTRAINT contact_in_list FOREIGN KEY (stream_id, list_id) REFERENCES contact_list (stream_id, id) ON DELETE CASCADE
);
