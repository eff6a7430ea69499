-- Accord workspace format 2: the portfolio lists health without loading plans.
-- The cached score and level are written whenever health components or
-- thresholds change (and computed for existing plans by this step's hook).

ALTER TABLE plan ADD COLUMN health_score DOUBLE PRECISION;

ALTER TABLE plan ADD COLUMN health_level TEXT;

CREATE INDEX plan_account ON plan (account_id);
