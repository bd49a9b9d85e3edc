-- Revbridge store, fifteenth version: predictive scoring counts each deal's activities (calls, emails, meetings)
-- as it scores the deal, so activities are also looked up by their deal, as V8 looks them up by their person.
-- Portable SQL (H2 2.x and PostgreSQL).
CREATE INDEX ix_activities_deal ON activities (deal_key, occurred_at);
