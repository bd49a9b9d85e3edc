-- Revbridge store, the hand-off's retries: a hand-off that failed for a passing reason (429, 5xx, a timeout) waits
-- until retry_at before its next attempt, so a CRM having trouble is not asked again on every pass. A permanent
-- failure is a dead letter (stage `handoff`) instead. Portable SQL (H2 2.x and PostgreSQL).
ALTER TABLE handoff_links ADD COLUMN retry_at TIMESTAMP WITH TIME ZONE;
