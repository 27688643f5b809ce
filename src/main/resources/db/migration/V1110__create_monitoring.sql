-- Dynamic adjustment (module monitoring, docs/monitoring.md): reporting rounds (年度报告), one report per designation
-- valid at the round's opening (and a rectification report after a 限期整改), the reminders sent (one per report and
-- threshold), the expiry notices sent (one per designation and kind), and checks outside the rounds (抽查).
-- Designations belong to the designation module: their ids are kept with a foreign key to its table.

create table monitoring_round (
    id         bigserial    primary key,
    year       integer      not null,
    title      varchar(100) not null,
    opens_on   date         not null,
    deadline   date         not null,
    opened_by  varchar(100) not null,
    opened_at  timestamptz  not null,
    -- set once the reports of the designations valid at the opening were created
    started_at timestamptz,
    constraint monitoring_round_year_uk unique (year),
    constraint monitoring_round_dates_ck check (deadline > opens_on)
);

create table monitoring_report (
    id                bigserial     primary key,
    round_id          bigint        not null references monitoring_round (id),
    designation_id    bigint        not null references designated_project (id),
    enterprise_id     bigint        not null,
    division_code     varchar(6)    not null,
    status            varchar(24)   not null,
    -- the draft as last saved (JSON: indicators, conditions, progress, scenarios)
    content           text          not null default '{}',
    -- what was submitted, frozen (the rectification text after a 限期整改)
    submitted_content text,
    submitted_by      varchar(100),
    submitted_at      timestamptz,
    rectification     text,
    rectified_at      timestamptz,
    comment           varchar(2000),
    commented_by      varchar(100),
    commented_at      timestamptz,
    return_reason     varchar(1000),
    rectify_deadline  date,
    rectify_items     varchar(2000),
    decision_reason   varchar(1000),
    decided_by        varchar(100),
    decided_at        timestamptz,
    overdue_at        timestamptz,
    version           bigint        not null default 0,
    constraint monitoring_report_uk unique (round_id, designation_id),
    constraint monitoring_report_status_ck check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'COMMENTED',
        'QUALIFIED', 'RECTIFYING', 'RECTIFIED', 'REMOVED')),
    -- handed in unless still a draft, or removed for not reporting
    constraint monitoring_report_submitted_ck check (status in ('DRAFT', 'REMOVED') or submitted_at is not null),
    constraint monitoring_report_rectifying_ck check (status not in ('RECTIFYING', 'RECTIFIED')
        or (rectify_deadline is not null and rectify_items is not null)),
    constraint monitoring_report_removed_ck check (status <> 'REMOVED' or decision_reason is not null)
);
create index monitoring_report_designation_ix on monitoring_report (designation_id);
create index monitoring_report_enterprise_ix on monitoring_report (enterprise_id);
create index monitoring_report_division_ix on monitoring_report (division_code, status);

-- A report's attachments (files.FileStore).
create table monitoring_report_file (
    id         bigserial    primary key,
    report_id  bigint       not null references monitoring_report (id),
    file_id    bigint       not null references stored_file (id),
    name       varchar(255) not null,
    added_by   varchar(100) not null,
    added_at   timestamptz  not null
);
create index monitoring_report_file_ix on monitoring_report_file (report_id);

-- The reminders sent: one per report and threshold (14, 7, 1 days before the deadline), whichever node sends it.
create table monitoring_reminder (
    report_id   bigint      not null references monitoring_report (id),
    days_before integer     not null,
    sent_at     timestamptz not null,
    primary key (report_id, days_before),
    constraint monitoring_reminder_days_ck check (days_before in (14, 7, 1))
);

-- The notices of a designation's end: 90 and 30 days before its expiry date, and the expiry itself (the day after).
create table monitoring_expiry_notice (
    designation_id bigint      not null references designated_project (id),
    kind           varchar(8)  not null,
    sent_at        timestamptz not null,
    primary key (designation_id, kind),
    constraint monitoring_expiry_notice_kind_ck check (kind in ('D90', 'D30', 'EXPIRED'))
);

-- A check outside the rounds (抽查): the site-visit checklist with findings, the conclusion and its consequence.
create table monitoring_check (
    id               bigserial     primary key,
    designation_id   bigint        not null references designated_project (id),
    checked_on       date          not null,
    findings         text          not null,
    summary          varchar(2000) not null,
    conclusion       varchar(16)   not null,
    rectify_deadline date,
    rectify_items    varchar(2000),
    reason           varchar(1000),
    file_id          bigint        references stored_file (id),
    file_name        varchar(255),
    recorded_by      varchar(100)  not null,
    recorded_at      timestamptz   not null,
    constraint monitoring_check_conclusion_ck check (conclusion in ('QUALIFIED', 'RECTIFYING', 'REMOVED')),
    constraint monitoring_check_rectify_ck check (conclusion <> 'RECTIFYING'
        or (rectify_deadline is not null and rectify_items is not null)),
    constraint monitoring_check_removed_ck check (conclusion <> 'REMOVED' or reason is not null)
);
create index monitoring_check_designation_ix on monitoring_check (designation_id);
