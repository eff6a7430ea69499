-- Accord workspace format 6: who may change an account's plans, and who each
-- entry of the change history is.
--
-- account.owner: the login that created the account (on a team workspace, the
-- CSM it belongs to), and account_member: the other logins of its team. On a
-- server, row-level security lets a CSM change the plans of the accounts they
-- own or are a member of, a manager every plan (accord admin init). A file
-- workspace keeps both for when it is copied to a server.
--
-- person: the display names of a team's logins (accord admin add-user --name).
-- change_log.display_name: the writer's name as it was when they wrote.

ALTER TABLE account ADD COLUMN owner TEXT;

CREATE TABLE account_member (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    login TEXT NOT NULL,
    PRIMARY KEY (account_id, login)
);

CREATE TABLE person (
    login TEXT PRIMARY KEY,
    display_name TEXT NOT NULL
);

ALTER TABLE change_log ADD COLUMN display_name TEXT;

CREATE INDEX change_log_plan ON change_log (plan_id, at, id);
