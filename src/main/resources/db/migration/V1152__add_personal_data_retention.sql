-- Retention of personal data (docs/security.md, "Retention"): when a row's personal data was anonymised by the
-- scheduled retention jobs. The row itself stays (receipt numbers, statuses and dates are part of the record).
alter table objection_case add column anonymised_at timestamptz;
alter table enterprise_registration add column anonymised_at timestamptz;
