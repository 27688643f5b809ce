-- The province's formal review (形式审查) of an application: one row per decision, never updated. Each decision is
-- taken on one submitted version (第 n 版); a version is reviewed at most once, because every decision moves the
-- application out of "awaiting review" and only a new submission (补正, version n+1) brings it back. The unique
-- constraint makes a doubled request fail in the database even when two requests pass the page's guard together.
create table formal_review (
    id             bigserial     primary key,
    application_id bigint        not null,
    version_no     integer       not null,
    outcome        varchar(32)   not null,
    -- what to correct, or why it failed; optional remark for a pass
    review_text    varchar(1000),
    -- by when the enterprise is to submit the correction (end of a day, Asia/Shanghai); only for a correction
    deadline       timestamptz,
    officer        varchar(100)  not null,
    decided_at     timestamptz   not null,
    constraint formal_review_version_fk foreign key (application_id, version_no)
        references application_version (application_id, number),
    constraint formal_review_once_per_version_uk unique (application_id, version_no),
    constraint formal_review_outcome_ck check (outcome in ('PASS', 'REQUEST_CORRECTION', 'FAIL')),
    constraint formal_review_deadline_ck check ((outcome = 'REQUEST_CORRECTION') = (deadline is not null))
);
create index formal_review_application_ix on formal_review (application_id, decided_at);

-- The reason codes (问题类型) of a decision: at least one for a correction request or a failure, none for a pass.
create table formal_review_reason (
    review_id   bigint       not null references formal_review (id),
    reason_code varchar(32)  not null,
    constraint formal_review_reason_pk primary key (review_id, reason_code),
    constraint formal_review_reason_code_ck check (reason_code in ('INCOMPLETE', 'INELIGIBLE', 'POOR_CREDIT',
                                                                   'DUPLICATE', 'OTHER'))
);
