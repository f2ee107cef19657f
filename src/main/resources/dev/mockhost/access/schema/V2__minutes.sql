-- Calls counted per API key (or bucket) and calendar minute (UTC): the cluster-wide per-minute limit.
CREATE TABLE IF NOT EXISTS mockhost_minute_usage (
    api_key VARCHAR(200) NOT NULL,
    period CHAR(16) NOT NULL,
    calls BIGINT NOT NULL,
    PRIMARY KEY (api_key, period)
);
