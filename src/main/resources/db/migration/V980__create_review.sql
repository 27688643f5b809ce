-- The expert review's scoring (module review, docs/review.md): a rubric per call (versioned: editing makes a new
-- version; a version is locked once a sheet scored with it is submitted), one score sheet per meeting, application and
-- expert seat, the officer's spread thresholds per meeting and the history of the sheets (submit, unlock).
-- Meetings and experts belong to the meeting and expert modules: their ids are kept here without a foreign key.

create table review_rubric (
    id          bigserial    primary key,
    call_id     bigint       not null references programme_call (id),
    version     integer      not null,
    -- the tie-break keys in order, comma-separated: criterion:CODE, CITY_RANK, SUBMITTED_AT
    tie_break   varchar(300) not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null,
    locked_at   timestamptz,
    constraint review_rubric_version_uk unique (call_id, version),
    constraint review_rubric_version_ck check (version >= 1)
);

create table review_criterion (
    rubric_id  bigint        not null references review_rubric (id),
    position   integer       not null,
    code       varchar(32)   not null,
    name       varchar(100)  not null,
    weight     numeric(5, 2) not null,
    max_points numeric(6, 2) not null,
    guidance   varchar(2000) not null,
    constraint review_criterion_pk primary key (rubric_id, position),
    constraint review_criterion_code_uk unique (rubric_id, code),
    constraint review_criterion_weight_ck check (weight > 0),
    constraint review_criterion_max_ck check (max_points > 0)
);

create table review_sheet (
    id             bigserial     primary key,
    meeting_id     bigint        not null,
    application_id bigint        not null references project_application (id),
    expert_id      bigint        not null,
    account_id     bigint        not null,
    rubric_id      bigint        not null references review_rubric (id),
    status         varchar(16)   not null,
    opinion        varchar(4000),
    total          numeric(7, 2),
    version        bigint        not null default 0,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    submitted_at   timestamptz,
    constraint review_sheet_seat_uk unique (meeting_id, application_id, expert_id),
    constraint review_sheet_status_ck check (status in ('DRAFT', 'SUBMITTED')),
    constraint review_sheet_submitted_ck check ((status = 'SUBMITTED') = (submitted_at is not null)),
    constraint review_sheet_total_ck check (status <> 'SUBMITTED' or (total is not null and opinion is not null))
);
create index review_sheet_account_ix on review_sheet (account_id);

create table review_sheet_score (
    sheet_id       bigint        not null references review_sheet (id),
    criterion_code varchar(32)   not null,
    score          numeric(6, 2),
    comment        varchar(2000),
    constraint review_sheet_score_pk primary key (sheet_id, criterion_code),
    constraint review_sheet_score_ck check (score is null or score >= 0)
);

-- Submit and unlock, with the reason of an unlock; insert only.
create table review_sheet_change (
    id         bigserial     primary key,
    sheet_id   bigint        not null references review_sheet (id),
    transition varchar(16)   not null,
    reason     varchar(1000),
    actor      varchar(100)  not null,
    at         timestamptz   not null,
    constraint review_sheet_change_ck check (transition in ('SUBMIT', 'UNLOCK')),
    constraint review_sheet_change_reason_ck check (transition <> 'UNLOCK' or reason is not null)
);
create index review_sheet_change_sheet_ix on review_sheet_change (sheet_id);

-- The officer's spread thresholds of a meeting's results (null: no flag).
create table review_setting (
    meeting_id      bigint        primary key,
    range_threshold numeric(6, 2),
    sd_threshold    numeric(6, 2),
    updated_by      varchar(100)  not null,
    updated_at      timestamptz   not null
);
