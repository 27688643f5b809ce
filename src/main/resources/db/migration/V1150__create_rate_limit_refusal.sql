-- A refusal of a rate limit is audited once per window, not once per request (platform.RateLimits): the first
-- refusal of a limit and key writes its window's end here, and refusals before that end are not audited again.
-- Shared by every node like the buckets themselves; rows whose window has ended are deleted with the buckets.
CREATE TABLE rate_limit_refusal (
    id             VARCHAR(200) PRIMARY KEY,
    window_ends_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX rate_limit_refusal_window_ends_at ON rate_limit_refusal (window_ends_at);
