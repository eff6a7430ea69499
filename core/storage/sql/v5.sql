-- Accord workspace format 5: the change history. Every committed edit of a plan
-- appends one row in the same transaction: who (the database login on a server,
-- the computer's user on a file), when (UTC), which plan, table, row and field,
-- the value before and after (as text). No foreign key: the history of a
-- deleted plan stays.

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    login TEXT NOT NULL,
    kind TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT
);

CREATE INDEX change_log_field ON change_log (plan_id, table_name, row_id, field, id);
