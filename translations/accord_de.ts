<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>accord</name>
    <message>
        <source>  … and %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is called &quot;%1&quot;: the workspace has no plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is called &quot;%1&quot;. Name a plan by id, account, title or Company/Title:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::BackupsDialog</name>
    <message>
        <source>Backups and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace with the backup of %1? The current state is kept as a backup too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Change</name>
    <message>
        <source>There is no section called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot insert row %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move row %1 of %2 to position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CheckCommand</name>
    <message>
        <source>Check as on this date, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs exactly one plan: accord check PLAN [--workspace FILE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date in the form YYYY-MM-DD, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, suggestions: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::ChecksPanel</name>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CommandLine</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many plans to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1): the same seed gives the same plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs --plans N with N between 1 and 1000000, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs --workspace FILE, so that sample plans never land in your own workspace by accident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 plans (seed %2) in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs exactly one backup file: accord restore BACKUP [--workspace FILE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CommandSupport</name>
    <message>
        <source>The workspace file (default: $ACCORD_WORKSPACE or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accord: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::EditDescription</name>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a field name, e.g. &quot;Change Target date&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row to %1</source>
        <extracomment>%1 is a section, e.g. &quot;Add row to Milestones&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move row in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Export</name>
    <message>
        <source>expected a table name (%1), found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review cadence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp; Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas &amp; Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value &amp; ROI</source>
        <translation>Wert &amp; ROI</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Ausbau</translation>
    </message>
    <message>
        <source>Review History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QBR Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-Warning Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools &amp; Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next plan review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer success plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (from metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (from milestones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Success Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Success Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer champion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer executive sponsor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights add up to %1%, not 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unphased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success statement (customer&apos;s words):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary business goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary success metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key value metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading indicators</source>
        <translation type="unfinished">Frühindikatoren</translation>
    </message>
    <message>
        <source>(early signs the plan is on track):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commits to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder Engagement Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp; Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::ExportCommand</name>
    <message>
        <source>The format: %1 (default: from the extension of OUT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (- for standard output); for csv without --table, a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: only this table (such as milestone), written to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs exactly one plan: accord export PLAN --format FORMAT -o OUT [--workspace FILE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs -o OUT, the file to write (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format FORMAT (one of %1) when OUT&apos;s extension does not name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;. Formats: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 format is not available yet in this version of Accord (it comes with the document renderer). Use one of yaml, json, md, csv or ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table only applies to the csv format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported plan %1 as %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv writes one file per table into the folder OUT; to write one table to %1, add --table TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported plan %1 as csv to the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::FieldEditor</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. $150,000 or 1200.50 EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money; write e.g. $150,000 or 1200.50 EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Import</name>
    <message>
        <source>%1:%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most %1 bytes (%2 MiB), found %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the %1 of a row in %2 (or #position), found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the %1 of exactly one row in %2 (or #position), found &quot;%3&quot;, which %4 rows share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the header &quot;metric,date,value,note&quot; or &quot;outcome,date,value,note&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an outcome with a metric, found outcome %1 without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an outcome with one metric, found outcome %1 with %2 metrics (%3); name the metric instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a metric name used once in the plan, found %1 on %2 metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an outcome code or a metric name of this plan, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a new measurement, found one the plan already has for %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one measurement per metric and date, found a second one for %1 on %2 (the first is on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 or 4 fields (metric or outcome, date, value, note), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number such as 42 or -3.5, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most %1 measurements, found more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one measurement, found none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected UTF-8 text, found bytes that are not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a closing double quote for the field that starts on this line, found the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a comma or the end of the line after a closing double quote, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected double quotes only around a whole field, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount such as &quot;$150,000&quot; or &quot;EUR 1200.00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference (a name or #position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most %1 values, found more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most %1 levels of nesting, found deeper nesting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected well-formed JSON, found a syntax error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a .yaml, .yml or .json file, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a readable file, found an error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map of plan sections, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration such as &quot;20 min&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the same value as at %1, found %2 (the first is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an amount such as &quot;$150,000&quot;, found &quot;%1&quot; (kept as text only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a unique %1, found &quot;%2&quot; again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most %1 rows of %2, found more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected well-formed YAML, found a syntax error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected readable YAML, found an input the parser gave up on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map of plan sections, found an empty document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a single YAML document, found a second one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an alias of a complete value, found an alias inside the value it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most %1 values (aliases count each time they are used), found more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key name, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected each key once in a map, found &quot;%1&quot; again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::ImportCommand</name>
    <message>
        <source>import needs exactly one plan file: accord import FILE.yaml|FILE.json [--workspace FILE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accord: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as plan %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::MainWindow</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan in the portfolio, or create one with File ▸ New plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; of %2? A backup is made first, and you can undo this until you close Accord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Plan ▸ Undo delete brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord workspaces (*.accord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Accord %1&lt;/h3&gt;&lt;p&gt;Joint customer success plans: quick to write offline, honest about progress, beautiful on paper and on the QBR screen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation>Ü&amp;ber Accord</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation>Neuer &amp;Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Sicherungen und Wiederherstellung…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.yaml *.yml *.json);;Metric measurements of the open plan (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the plan the measurements belong to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n measurement(s)</source>
        <extracomment>%n is the number of measurements</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML (*.yaml);;JSON (*.json);;Markdown (*.md);;iCalendar (*.ics);;CSV tables (a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .yaml, .json, .md or .ics, or a folder for CSV tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: &lt;company&gt; success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Plan anlegen</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template for the new plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::PlanDocument</name>
    <message>
        <source>This edit cannot be made: the row it refers to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows cannot be added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::PlanSelector</name>
    <message>
        <source>&quot;%1&quot; matches %n plans; name one by id or as Company/Title:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::PortfolioModel</name>
    <message>
        <source>Account / plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no account name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::PortfolioNavigator</name>
    <message>
        <source>Filter accounts and plans</source>
        <translation>Kunden und Pläne filtern</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <source>Sort by renewal date</source>
        <translation>Nach Verlängerungsdatum sortieren</translation>
    </message>
    <message>
        <source>Sort by health (lowest first)</source>
        <translation>Nach Health sortieren (niedrigste zuerst)</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Storage</name>
    <message>
        <source>The sample plan is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current workspace could not be saved before restoring; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring failed while writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace holds an invalid value for %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace holds an invalid row %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no section called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows cannot be added to or removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s schema version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace to format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no migration step is defined for format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is locked by another process and did not become free in time. Close the other program using it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is read-only: check the file&apos;s permissions and that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read or written (input/output error: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged or not a database (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; Accord needs to write to its workspace. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only; Accord needs to write its workspace and journal there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the workspace %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not an Accord workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another application (application id 0x%2), not Accord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Accord (workspace format %2; this version reads up to %3). Update Accord to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be configured safely (%1 reads back %2, expected %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); it is not an Accord workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Accord workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: only %2 bytes of the database header are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Accord workspace (its database header is invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it has %2 bytes but its header describes %3. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::TableSection</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected row up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected row down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::TemplateCommands</name>
    <message>
        <source>templates takes no arguments, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template to start from (see accord templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account: an existing one by its exact name, else a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s title (default: the template&apos;s, or &quot;&lt;account&gt; success plan&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new needs a template and an account: accord new --template KEY --account NAME [--title T] [--workspace FILE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;. Templates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence on when to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save-template needs a plan and a name: accord save-template PLAN --name NAME [--description D] [--workspace FILE].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Templates</name>
    <message>
        <source>The template could not be saved as %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; could not be read from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is not a valid plan file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for your templates could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 success plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::TreeNode</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Validation</name>
    <message>
        <source>The target date (%1) is before the baseline date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date (%1) is before the start date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actual date (%1) is before the start date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal date (%1) is before the contract start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The at-risk threshold (%2) is above the healthy threshold (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; has no target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; has no mitigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative; %2 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2; %3 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %; %4 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency of %1 must be three capital letters such as USD or EUR; &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interim target date (%1) is before the metric&apos;s baseline date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to row %2 of %3, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next review date is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health score weights add up to %1 %, not 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer stakeholder is named; involve at least two so the plan does not depend on one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one customer stakeholder is named; involve at least two so the plan does not depend on one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive sponsor is named on the customer side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has more than %1 outcomes (%2); a focused plan has %3 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has fewer than %1 outcomes; a focused plan has %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome &quot;%1&quot; has no metric, so its progress cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; has no baseline: without a starting measurement its progress cannot be evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; is overdue: it was due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accord: open one workspace at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint customer success plans.

Commands (run without a window; all but templates take [--workspace FILE]):
  list                                              accounts, plans, status, health, renewal
  import        FILE.yaml|FILE.json                 add a plan from a file (all or nothing)
  export        PLAN --format FORMAT -o OUT         write a plan as yaml, json, md, csv or ics (-o - for stdout)
  check         PLAN [--today DATE]                 plan-quality findings; exit code 1 if any is an error
  new           --template KEY --account NAME [--title T]
                                                    a new plan from a template; prints its id
  templates                                         the templates: key, name, description
  save-template PLAN --name NAME [--description D]  save a plan as your own template
  generate      --plans N [--seed S] --workspace FILE
                                                    realistic sample plans (same seed, same plans)
  backups       [--create]                          list (or make) workspace backups
  restore       BACKUP                              replace the workspace with a backup

PLAN is a plan id, an account or plan name, or Company/Title as `accord list` shows them.
Without a command, the window opens on the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
