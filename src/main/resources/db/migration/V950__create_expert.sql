-- The expert pool (module expert, docs/expert.md): the experts of the provincial review with their fields of
-- expertise, their history, the registry of groups of companies, and the conflicts of interest they declare.

-- A group of companies (集团) as the programme office knows it: its members by credit code and/or name. An expert
-- whose employer and an applicant belong to the same group are in conflict (SAME_GROUP).
create table expert_company_group (
    id          bigserial    primary key,
    name        varchar(200) not null,
    name_key    varchar(200) not null,
    version     bigint       not null default 0,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null,
    constraint expert_company_group_name_uk unique (name_key)
);

-- One member of a group: an organisation named by its credit code where known, always by its name (name_key is the
-- normalised name the rules compare).
create table expert_company_group_member (
    id          bigserial    primary key,
    group_id    bigint       not null references expert_company_group (id),
    credit_code varchar(18),
    name        varchar(200) not null,
    name_key    varchar(200) not null,
    added_by    varchar(64)  not null,
    added_at    timestamptz  not null,
    constraint expert_company_group_member_uk unique (group_id, name_key)
);
create index expert_company_group_member_code_ix on expert_company_group_member (credit_code);
create index expert_company_group_member_key_ix on expert_company_group_member (name_key);

-- An expert of the pool. employer_name_key is the normalised employer name (spaces, full/half width, company forms
-- and parentheses removed): the rules compare it, and name + employer identify an expert (no duplicates).
create table expert (
    id                   bigserial    primary key,
    account_id           bigint       references user_account (id),
    name                 varchar(50)  not null,
    employer_name        varchar(200) not null,
    employer_name_key    varchar(200) not null,
    employer_credit_code varchar(18),
    group_id             bigint       references expert_company_group (id),
    title                varchar(100) not null,
    division_code        varchar(6)   references division (code),
    phone                varchar(30),
    email                varchar(200),
    active               boolean      not null default true,
    version              bigint       not null default 0,
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    constraint expert_account_uk unique (account_id),
    constraint expert_identity_uk unique (name, employer_name_key)
);
create index expert_employer_code_ix on expert (employer_credit_code);
create index expert_employer_key_ix on expert (employer_name_key);

-- Fields of expertise: modes (reference manufacturing_mode) and key industries (reference key_industry).
create table expert_mode (
    expert_id bigint      not null references expert (id),
    mode_code varchar(32) not null references manufacturing_mode (code),
    constraint expert_mode_pk primary key (expert_id, mode_code)
);
create table expert_industry (
    expert_id     bigint      not null references expert (id),
    industry_code varchar(32) not null references key_industry (code),
    constraint expert_industry_pk primary key (expert_id, industry_code)
);

-- The history of each expert: registration, every change, deactivation and activation (with the reason), the
-- account's creation. The record after the change is kept as JSON. Never updated.
create table expert_change (
    id          bigserial     primary key,
    expert_id   bigint        not null references expert (id),
    change      varchar(16)   not null,
    reason      varchar(1000),
    record      jsonb         not null,
    actor       varchar(64)   not null,
    occurred_at timestamptz   not null,
    constraint expert_change_ck check (change in ('REGISTERED', 'UPDATED', 'DEACTIVATED', 'ACTIVATED', 'ACCOUNT')),
    constraint expert_change_reason_ck check (change not in ('DEACTIVATED', 'ACTIVATED') or reason is not null)
);
create index expert_change_expert_ix on expert_change (expert_id, id);

-- A conflict of interest an expert declared (or an officer recorded on the expert's word) with one application of a
-- call. Withdrawn only by an officer, with a reason; at most one live declaration per expert, application and kind.
create table expert_conflict_declaration (
    id                bigserial     primary key,
    expert_id         bigint        not null references expert (id),
    application_id    bigint        not null references project_application (id),
    call_id           bigint        not null references programme_call (id),
    kind              varchar(32)   not null,
    text              varchar(1000),
    declared_by       varchar(64)   not null,
    declared_at       timestamptz   not null,
    withdrawn_by      varchar(64),
    withdrawn_at      timestamptz,
    withdrawal_reason varchar(1000),
    constraint expert_conflict_kind_ck check (kind in ('FORMER_EMPLOYMENT', 'CONSULTING', 'SHAREHOLDING', 'RELATIVE',
                                                       'OTHER')),
    constraint expert_conflict_other_ck check (kind <> 'OTHER' or text is not null),
    constraint expert_conflict_withdrawn_ck check ((withdrawn_at is null) = (withdrawn_by is null)
                                                   and (withdrawn_at is null) = (withdrawal_reason is null))
);
create unique index expert_conflict_live_uk on expert_conflict_declaration (expert_id, application_id, kind)
    where withdrawn_at is null;
create index expert_conflict_application_ix on expert_conflict_declaration (application_id, expert_id);
create index expert_conflict_call_ix on expert_conflict_declaration (call_id, expert_id);
