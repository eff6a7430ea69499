-- Accord workspace format 4: the audience of plan content. Notes and comments
-- can be marked internal (left out of documents for the customer). The workspace
-- keeps settings of its own (the name and logo of the vendor) and, per plan, the
-- choices last made for its documents (audience, sections, paper).

ALTER TABLE plan ADD COLUMN "notes_internal" INTEGER;

ALTER TABLE milestone ADD COLUMN "notes_internal" INTEGER;

ALTER TABLE onboarding_step ADD COLUMN "comments_internal" INTEGER;

ALTER TABLE measurement ADD COLUMN "note_internal" INTEGER;

CREATE TABLE workspace_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE plan_setting (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (plan_id, key)
);
