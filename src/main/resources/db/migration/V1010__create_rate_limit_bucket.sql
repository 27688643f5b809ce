-- Rate limits shared by every node (platform.RateLimits, Bucket4j's PostgreSQL proxy manager): one token bucket per
-- limit name and key (e.g. objection-address:203.0.113.7), its state serialised by Bucket4j, kept until it is full again.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(200) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
