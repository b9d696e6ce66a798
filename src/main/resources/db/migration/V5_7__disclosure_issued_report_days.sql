-- Issuing a report is deliberate (a POST) and deduplicated: the same content of the same entity on the
-- same legal day (Asia/Shanghai) keeps one verification code. Reports issued before this rule keep a null
-- day (NULLs never conflict in a unique index), so every printout already handed out stays verifiable.
-- Retention (credit.disclosure.issued-reports.keep-days) goes by issued_at.
alter table disclosure.issued_reports add column issued_on date;
create unique index issued_reports_same_day_idx
    on disclosure.issued_reports (entity_code, issued_on, content_sha256);
create index issued_reports_issued_at_idx on disclosure.issued_reports (issued_at);
