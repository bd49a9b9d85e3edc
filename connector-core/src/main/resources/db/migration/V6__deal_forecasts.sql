-- Revbridge store, scoring's version: the latest forecast of every open or closed deal, one row per deal,
-- replaced on each forecast. `revbridge forecast` rolls these up per owner and quarter. Portable SQL (H2 2.x and
-- PostgreSQL).

CREATE TABLE deal_forecasts (
  connection     VARCHAR(100) NOT NULL,
  object_type    VARCHAR(100) NOT NULL,
  record_id      VARCHAR(255) NOT NULL,
  owner_id       VARCHAR(255),
  stage          VARCHAR(32),
  amount         DECIMAL(20, 2),
  probability    INTEGER NOT NULL,
  expected_value DECIMAL(20, 2),
  close_date     DATE NOT NULL,
  confidence     VARCHAR(16) NOT NULL,
  forecast_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_deal_forecasts PRIMARY KEY (connection, object_type, record_id)
);
