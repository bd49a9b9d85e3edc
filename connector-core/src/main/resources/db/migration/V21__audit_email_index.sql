-- ix_audit_stage_decision indexed every audit line (about five per record) by stage and decision, though only two
-- lookups use it: the record trail finds a record by e-mail (the decision of its 'record' line) and the hand-off
-- follows 'mql' lines by id. Each stage's decisions are many small groups ('50 COLD', 'role USER, size 50-200'),
-- and a batch appended to the tail page of each group: about three pages per record rewritten at every commit
-- of a batch. The e-mail now gets an index of its own, on a column that holds it for 'record' lines alone (the
-- others are NULL, appended in one place), and the feed by stage an index in id order.
-- Adding the column rewrites the audit table once: a minute or more on a store of a million records.
ALTER TABLE audit ADD COLUMN email_key VARCHAR(500)
  GENERATED ALWAYS AS (CASE WHEN stage = 'record' THEN decision END) ${generated_stored};
DROP INDEX ix_audit_stage_decision;
CREATE INDEX ix_audit_email_key ON audit (email_key);
CREATE INDEX ix_audit_stage_id ON audit (stage, id);
