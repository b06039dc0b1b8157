-- The per-account rate limit shared by every instance on one database server: one Bucket4j bucket per account,
-- its state serialised by Bucket4j. Portable SQL; only servers on PostgreSQL use it (a file database is one process's).
CREATE TABLE rate_limit_bucket (
    account_id VARCHAR NOT NULL,
    state      BYTEA,
    CONSTRAINT rate_limit_bucket_pk PRIMARY KEY (account_id)
);
