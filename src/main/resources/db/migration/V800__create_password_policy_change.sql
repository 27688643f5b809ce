-- The history of the password and lockout policy: one row per value changed, grouped by the version it produced.
-- The security administrator reads it on the policy page (the audit trail is the audit administrator's).
create table password_policy_change (
    id          bigint generated always as identity primary key,
    version     integer     not null,
    changed_at  timestamptz not null,
    changed_by  varchar(64) not null,
    field       varchar(64) not null,
    old_value   varchar(20) not null,
    new_value   varchar(20) not null
);
create index password_policy_change_version_ix on password_policy_change (version desc);
