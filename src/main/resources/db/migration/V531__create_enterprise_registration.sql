-- 企业注册: what a person entered on the public registration page, and what became of it.
--   ACCEPTED  the credit code passed every check; the account opens once the e-mail address is confirmed
--   PENDING   the code fails only a check character; the programme office decides (with a recorded reason)
--   APPROVED  the office accepted such a code; the account opens once the e-mail address is confirmed
--   REJECTED  the office refused it; the account stays disabled
create table enterprise_registration (
    id                 bigint generated always as identity primary key,
    enterprise_id      bigint       not null references enterprise (id),
    user_id            bigint       not null references user_account (id),
    credit_code        varchar(18)  not null,
    enterprise_name    varchar(200) not null,
    division_code      varchar(6)   not null,
    contact_name       varchar(100) not null,
    mobile             varchar(11)  not null,
    email              varchar(200) not null,
    username           varchar(64)  not null,
    status             varchar(16)  not null,
    submitted_at       timestamptz  not null,
    email_confirmed_at timestamptz,
    decided_at         timestamptz,
    decided_by         varchar(64),
    decision_reason    varchar(500),
    constraint enterprise_registration_status_ck
        check (status in ('ACCEPTED', 'PENDING', 'APPROVED', 'REJECTED')),
    constraint enterprise_registration_decision_ck
        check ((status in ('APPROVED', 'REJECTED')) = (decided_at is not null and decision_reason is not null)),
    constraint enterprise_registration_enterprise_uk unique (enterprise_id)
);
create index enterprise_registration_status_ix on enterprise_registration (status, submitted_at);

-- Links that confirm the registrant's e-mail address. Only the SM3 hash of the token is stored; a link works once,
-- until it expires, and a newer link replaces the older ones.
create table enterprise_email_confirmation (
    id              bigint generated always as identity primary key,
    registration_id bigint      not null references enterprise_registration (id),
    token_hash      char(64)    not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    replaced_at     timestamptz,
    constraint enterprise_email_confirmation_hash_uk unique (token_hash)
);
create index enterprise_email_confirmation_registration_ix on enterprise_email_confirmation (registration_id);
