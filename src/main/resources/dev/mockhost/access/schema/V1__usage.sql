-- Calls counted per API key (or bucket) and calendar month (UTC), shared by every node that uses this database.
CREATE TABLE IF NOT EXISTS mockhost_usage (
    api_key VARCHAR(200) NOT NULL,
    period CHAR(7) NOT NULL,
    calls BIGINT NOT NULL,
    PRIMARY KEY (api_key, period)
);
