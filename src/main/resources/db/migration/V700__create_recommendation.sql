-- The recommendation (推荐) of a division's 经信局 in a call: its pre-check of each submitted version against the
-- recommendation conditions (seed §四), its ranked list of recommended applications (汇总表, 附件2) and the
-- submissions of that list to the province.

-- One list per call and division, created when the recommender first acts. OPEN while the recommender works on it,
-- SUBMITTED once sent to the province (read-only for the recommender until an officer reopens it).
create table recommendation_list (
    call_id         bigint        not null references programme_call (id),
    division_code   varchar(6)    not null references division (code),
    status          varchar(16)   not null,
    -- optimistic lock: every change of the list (order, remark, entry added or removed, submission, reopening)
    version         bigint        not null default 0,
    -- a deadline the programme office set for this division when it reopened the list; null: none set
    extended_until  timestamptz,
    -- whether the list was ever reopened: a reopened list without its own deadline stays open until submitted again
    reopened        boolean       not null default false,
    -- the last submission (also kept, with its files, in recommendation_submission)
    submitted_at    timestamptz,
    submitted_by    varchar(100),
    late            boolean       not null default false,
    submission_no   integer       not null default 0,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null,
    constraint recommendation_list_pk primary key (call_id, division_code),
    constraint recommendation_list_status_ck check (status in ('OPEN', 'SUBMITTED'))
);

-- The recommended applications of a list in the recommender's order (排名有先后): rank 1 is the first.
create table recommendation_entry (
    application_id  bigint        primary key references project_application (id),
    call_id         bigint        not null,
    division_code   varchar(6)    not null,
    rank            integer       not null,
    remark          varchar(200),
    added_at        timestamptz   not null,
    added_by        varchar(100)  not null,
    constraint recommendation_entry_list_fk foreign key (call_id, division_code)
        references recommendation_list (call_id, division_code),
    constraint recommendation_entry_rank_ck check (rank >= 1),
    constraint recommendation_entry_rank_uq unique (call_id, division_code, rank)
);

-- The recommender's pre-check (预审) of one submitted version against the eight recommendation conditions.
create table recommendation_precheck (
    application_id  bigint        not null references project_application (id),
    version_no      integer       not null,
    condition_no    integer       not null,
    verdict         varchar(16)   not null,
    note            varchar(500),
    checked_by      varchar(100)  not null,
    checked_at      timestamptz   not null,
    constraint recommendation_precheck_pk primary key (application_id, version_no, condition_no),
    constraint recommendation_precheck_condition_ck check (condition_no between 1 and 8),
    constraint recommendation_precheck_verdict_ck check (verdict in ('MET', 'NOT_MET', 'TO_VERIFY'))
);

-- Every submission of a list to the province, with the stamped scan and the generated .docx/.xlsx exactly as sent.
-- Never updated; a list reopened and submitted again gets the next number.
create table recommendation_submission (
    id               bigserial     primary key,
    call_id          bigint        not null,
    division_code    varchar(6)    not null,
    number           integer       not null,
    idempotency_key  varchar(100)  not null,
    submitted_at     timestamptz   not null,
    submitted_by     varchar(100)  not null,
    -- the deadline in force at the time and whether the submission came after the call's deadline
    deadline         timestamptz,
    late             boolean       not null,
    entry_count      integer       not null,
    scan_file_id     bigint        not null references stored_file (id),
    docx_file_id     bigint        not null references stored_file (id),
    xlsx_file_id     bigint        not null references stored_file (id),
    constraint recommendation_submission_list_fk foreign key (call_id, division_code)
        references recommendation_list (call_id, division_code),
    constraint recommendation_submission_number_uq unique (call_id, division_code, number),
    constraint recommendation_submission_key_uq unique (call_id, division_code, idempotency_key)
);

-- The programme office's reopenings of submitted lists, with the reason and the new deadline if one was set.
create table recommendation_reopening (
    id              bigserial     primary key,
    call_id         bigint        not null,
    division_code   varchar(6)    not null,
    reopened_at     timestamptz   not null,
    reopened_by     varchar(100)  not null,
    reason          varchar(1000) not null,
    new_deadline    timestamptz,
    constraint recommendation_reopening_list_fk foreign key (call_id, division_code)
        references recommendation_list (call_id, division_code)
);

-- The deadline reminders sent: one row per call, division and "N days before", written in the transaction that
-- queues the mails, so that a restart or a second node never sends the same reminder twice.
create table recommendation_reminder (
    call_id         bigint        not null references programme_call (id),
    division_code   varchar(6)    not null references division (code),
    days_before     integer       not null,
    sent_at         timestamptz   not null,
    recipients      integer       not null,
    constraint recommendation_reminder_pk primary key (call_id, division_code, days_before)
);
