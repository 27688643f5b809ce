-- Decisions recorded now and released later together (module decision, docs/decision.md). A stage records each
-- project's outcome as PENDING in a release batch (e.g. the review result of one call); nobody outside the programme
-- office may learn it until an officer releases the batch: then every pending decision of it becomes RELEASED at one
-- instant, in one transaction, and the batch is closed. A pending decision may be withdrawn before.

-- A release batch, named by its owning module (e.g. review / call-12). Created by the first recording into it (or by
-- its release); released once, never reopened.
create table decision_batch (
    id          bigserial    primary key,
    module      varchar(32)  not null,
    name        varchar(100) not null,
    created_at  timestamptz  not null,
    released_at timestamptz,
    released_by varchar(64),
    constraint decision_batch_name_uk unique (module, name),
    constraint decision_batch_released_ck check ((released_at is null) = (released_by is null))
);

-- One decision on one subject (module + aggregate type + id) of one kind in one batch. While pending it is replaced in
-- place by a new recording (revision + 1; every revision is kept in decision_change).
create table decision (
    id                bigserial     primary key,
    batch_id          bigint        not null references decision_batch (id),
    subject_module    varchar(32)   not null,
    subject_type      varchar(32)   not null,
    subject_id        bigint        not null,
    kind              varchar(64)   not null,
    outcome           varchar(64)   not null,
    reason            varchar(2000),
    payload           jsonb,
    status            varchar(16)   not null,
    revision          integer       not null,
    recorded_by       varchar(64)   not null,
    recorded_at       timestamptz   not null,
    released_at       timestamptz,
    released_by       varchar(64),
    withdrawn_at      timestamptz,
    withdrawn_by      varchar(64),
    withdrawal_reason varchar(2000),
    constraint decision_status_ck check (status in ('PENDING', 'RELEASED', 'WITHDRAWN')),
    constraint decision_released_ck check ((status = 'RELEASED') = (released_at is not null and released_by is not null)),
    constraint decision_withdrawn_ck check ((status = 'WITHDRAWN') = (withdrawn_at is not null and withdrawn_by is not null
                                                                       and withdrawal_reason is not null)),
    constraint decision_revision_ck check (revision >= 1)
);
-- At most one live (pending or released) decision of a kind per subject and batch: the key of a re-recording.
create unique index decision_live_uk on decision (batch_id, subject_module, subject_type, subject_id, kind)
    where status <> 'WITHDRAWN';
create index decision_subject_ix on decision (subject_module, subject_type, subject_id, kind, status);

-- The history of each decision: its first recording, every replacement, its release or withdrawal. Never updated.
create table decision_change (
    id          bigserial     primary key,
    decision_id bigint        not null references decision (id),
    revision    integer       not null,
    change      varchar(16)   not null,
    outcome     varchar(64)   not null,
    reason      varchar(2000),
    payload     jsonb,
    actor       varchar(64)   not null,
    occurred_at timestamptz   not null,
    constraint decision_change_ck check (change in ('RECORDED', 'REPLACED', 'RELEASED', 'WITHDRAWN'))
);
create index decision_change_decision_ix on decision_change (decision_id, id);
