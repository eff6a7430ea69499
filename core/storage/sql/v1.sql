-- Accord workspace format 1.

CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    "company" TEXT,
    "customer_id" TEXT,
    "industry" TEXT,
    "segment" TEXT,
    "tier" TEXT,
    "product" TEXT,
    "contract_start" TEXT,
    "renewal_date" TEXT,
    "arr_minor" INTEGER,
    "arr_currency" TEXT,
    "arr_text" TEXT,
    "seats" INTEGER,
    "overview" TEXT,
    "business_case" TEXT
);

CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    "title" TEXT,
    "version" TEXT,
    "status" TEXT,
    "created" TEXT,
    "last_reviewed" TEXT,
    "next_review" TEXT,
    "review_cadence" TEXT,
    "scope_months" INTEGER,
    "format" TEXT,
    "stage" TEXT,
    "ownership" TEXT,
    "success_measure" TEXT,
    "onboarding_touch" TEXT,
    "adoption_touch" TEXT,
    "vision" TEXT,
    "value_proposition" TEXT,
    "primary_goal" TEXT,
    "primary_metric" TEXT,
    "primary_target_date" TEXT,
    "secondary_goals" TEXT,
    "success_statement" TEXT,
    "onboarding_goal" TEXT,
    "key_value_metric" TEXT,
    "upgrade_percent" DOUBLE PRECISION,
    "expansion_percent" DOUBLE PRECISION,
    "nps" INTEGER,
    "qbr_minutes" INTEGER,
    "qbr_customer_attendees" TEXT,
    "qbr_vendor_attendees" TEXT,
    "health_green_min" INTEGER,
    "health_yellow_min" INTEGER,
    "green_action" TEXT,
    "yellow_action" TEXT,
    "red_action" TEXT,
    "notes" TEXT
);

CREATE TABLE "stakeholder" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "side" TEXT,
    "type" TEXT,
    "name" TEXT,
    "title" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "engagement" TEXT,
    "role_in_success" TEXT,
    "frequency" TEXT,
    "format" TEXT,
    "owner" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "outcome" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "code" TEXT,
    "description" TEXT,
    "business_value" TEXT,
    "so_that" TEXT,
    "priority" TEXT,
    "status" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "metric" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "outcome_id" INTEGER,
    "name" TEXT,
    "unit" TEXT,
    "direction" TEXT,
    "baseline_value" DOUBLE PRECISION,
    "baseline_text" TEXT,
    "baseline_date" TEXT,
    "baseline_source" TEXT,
    "target_value" DOUBLE PRECISION,
    "target_text" TEXT,
    "target_date" TEXT,
    "data_source" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "interim_target" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "metric_id" INTEGER,
    "label" TEXT,
    "day_offset" INTEGER,
    "date" TEXT,
    "value" DOUBLE PRECISION,
    "text" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "measurement" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "metric_id" INTEGER,
    "date" TEXT,
    "value" DOUBLE PRECISION,
    "note" TEXT,
    "review_id" INTEGER,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "leading_indicator" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "text" TEXT,
    "target_date" TEXT,
    "met" INTEGER,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "phase" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "name" TEXT,
    "timeframe" TEXT,
    "deliverable" TEXT,
    "activities" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "milestone" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "outcome_id" INTEGER,
    "phase_id" INTEGER,
    "name" TEXT,
    "owner" TEXT,
    "start_date" TEXT,
    "target_date" TEXT,
    "actual_date" TEXT,
    "status" TEXT,
    "blockers" TEXT,
    "notes" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "persona" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "name" TEXT,
    "goals" TEXT,
    "expectations" TEXT,
    "key_value_milestones" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "feature_importance" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "persona_id" INTEGER,
    "feature" TEXT,
    "importance" INTEGER,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "use_case" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "persona_id" INTEGER,
    "name" TEXT,
    "goal" TEXT,
    "value_delivered" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "onboarding_step" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "use_case_id" INTEGER,
    "day" INTEGER,
    "milestone" TEXT,
    "value_delivered" TEXT,
    "csm_tasks" TEXT,
    "comments" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "commitment" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "side" TEXT,
    "text" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "integration" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "system" TEXT,
    "type" TEXT,
    "owner" TEXT,
    "status" TEXT,
    "target_date" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "data_migration" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "data_type" TEXT,
    "source" TEXT,
    "volume" TEXT,
    "complexity" TEXT,
    "status" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "custom_configuration" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "requirement" TEXT,
    "description" TEXT,
    "priority" TEXT,
    "status" TEXT,
    "target_date" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "user_group" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "user_group" TEXT,
    "users" INTEGER,
    "role" TEXT,
    "training_date" TEXT,
    "method" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "training_session" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "date" TEXT,
    "session" TEXT,
    "attendees" TEXT,
    "duration" TEXT,
    "trainer" TEXT,
    "status" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "adoption_metric" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "metric" TEXT,
    "target" TEXT,
    "method" TEXT,
    "frequency" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "touchpoint" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "name" TEXT,
    "audience" TEXT,
    "frequency" TEXT,
    "format" TEXT,
    "owner" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "ad_hoc_rule" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "scenario" TEXT,
    "method" TEXT,
    "response_time" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "escalation_rule" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "level" TEXT,
    "impact" TEXT,
    "path" TEXT,
    "owner" TEXT,
    "response_time" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "team_role" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "role" TEXT,
    "responsibility" TEXT,
    "person" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "risk" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "code" TEXT,
    "description" TEXT,
    "category" TEXT,
    "likelihood" TEXT,
    "impact" TEXT,
    "mitigation" TEXT,
    "owner" TEXT,
    "status" TEXT,
    "trigger" TEXT,
    "contingency" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "success_barrier" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "barrier" TEXT,
    "mitigation" TEXT,
    "owner" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "contingency" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "scenario" TEXT,
    "action" TEXT,
    "trigger" TEXT,
    "owner" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "warning_signal" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "signal" TEXT,
    "threshold" TEXT,
    "response" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "baseline_measurement" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "metric" TEXT,
    "value" TEXT,
    "source" TEXT,
    "collected" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "roi_line" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "benefit_type" TEXT,
    "annual_value_minor" INTEGER,
    "annual_value_currency" TEXT,
    "method" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "roi_period" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "month" INTEGER,
    "investment_minor" INTEGER,
    "investment_currency" TEXT,
    "benefits_minor" INTEGER,
    "benefits_currency" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "opportunity" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "opportunity" TEXT,
    "value_minor" INTEGER,
    "value_currency" TEXT,
    "probability" INTEGER,
    "target_date" TEXT,
    "owner" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "upsell" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "product" TEXT,
    "target_date" TEXT,
    "approach" TEXT,
    "owner" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "health_component" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "name" TEXT,
    "weight" INTEGER,
    "metrics" TEXT,
    "target" TEXT,
    "score" INTEGER,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "review" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "date" TEXT,
    "kind" TEXT,
    "attendees" TEXT,
    "summary" TEXT,
    "decisions" TEXT,
    "plan_changes" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "agenda_item" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "topic" TEXT,
    "minutes" INTEGER,
    "content" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "signatory" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "side" TEXT,
    "name" TEXT,
    "title" TEXT,
    "role" TEXT,
    "signed_on" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "sign_off" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "date" TEXT,
    "version" TEXT,
    "fingerprint" TEXT,
    "signatories" TEXT,
    "snapshot" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "glossary_entry" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "term" TEXT,
    "definition" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "related_document" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "title" TEXT,
    "location" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "history_entry" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "version" TEXT,
    "date" TEXT,
    "author" TEXT,
    "changes" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "tool_resource" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "name" TEXT,
    "purpose" TEXT,
    PRIMARY KEY (plan_id, id)
);

CREATE TABLE "improvement_practice" (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    "practice" TEXT,
    "frequency" TEXT,
    "owner" TEXT,
    PRIMARY KEY (plan_id, id)
);
