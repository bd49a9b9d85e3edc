-- Revbridge store, third version: providers' answers kept until they expire (TTL per provider), so a paid
-- enrichment vendor is asked once per domain and TTL and every instance shares the answers.
-- Only successful answers are kept; an empty answer ("nothing known") is one. Portable SQL (H2 2.x and PostgreSQL).

CREATE TABLE enrichment_cache (
  provider    VARCHAR(100) NOT NULL,
  cache_key   VARCHAR(500) NOT NULL,
  answer_json TEXT NOT NULL,
  fetched_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_enrichment_cache PRIMARY KEY (provider, cache_key)
);

CREATE INDEX ix_enrichment_cache_expires ON enrichment_cache (expires_at);
