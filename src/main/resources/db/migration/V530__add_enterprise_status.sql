-- An enterprise registered itself (or was added by the demo data or an administrator). A registration whose credit
-- code fails only its check characters waits for the programme office (PENDING); a rejected one keeps its row for
-- the record (accounts and audit entries point at it) but no longer holds its credit code, so the enterprise can
-- register again with the right code or with evidence.
alter table enterprise add column status varchar(16) not null default 'ACTIVE';
alter table enterprise add constraint enterprise_status_ck check (status in ('ACTIVE', 'PENDING', 'REJECTED'));

alter table enterprise drop constraint enterprise_credit_code_uk;
create unique index enterprise_credit_code_uk on enterprise (credit_code) where status <> 'REJECTED';
