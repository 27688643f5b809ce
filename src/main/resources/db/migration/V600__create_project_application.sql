-- The application (申报书) of an enterprise in a call. Its draft is a set of sections, one row per section with its
-- own version, so that saving one section never overwrites another. Submitting freezes an immutable numbered version.
create table project_application (
    id                bigserial     primary key,
    enterprise_id     bigint        not null references enterprise (id),
    call_id           bigint        not null references programme_call (id),
    -- the enterprise's division when the application was created: the recommender (推荐单位) that receives it
    division_code     varchar(6)    not null,
    -- the element-condition and content-item version of the call, fixed when the application is created
    reference_version varchar(16)   not null,
    status            varchar(32)   not null,
    project_name      varchar(200),
    -- number of the last frozen version; 0 while it was never submitted
    last_version_no   integer       not null default 0,
    -- optimistic lock of the status
    version           bigint        not null default 0,
    status_reason     varchar(1000),
    return_deadline   timestamptz,
    created_by        varchar(100)  not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    constraint project_application_version_no_ck check (last_version_no >= 0)
);
create index project_application_enterprise_ix on project_application (enterprise_id, call_id);
create index project_application_division_ix on project_application (division_code, status);

-- One row per saved section: the section's content as JSON and its version (1 after the first save).
create table application_section (
    application_id bigint        not null references project_application (id),
    section_key    varchar(32)   not null,
    content        text          not null,
    version        integer       not null,
    updated_by     varchar(100)  not null,
    updated_at     timestamptz   not null,
    constraint application_section_pk primary key (application_id, section_key),
    constraint application_section_version_ck check (version >= 1)
);

-- The frozen versions: every section, the enterprise profile and the files as they were submitted. Never updated.
create table application_version (
    application_id bigint        not null references project_application (id),
    number         integer       not null,
    snapshot       text          not null,
    submitted_by   varchar(100)  not null,
    submitted_at   timestamptz   not null,
    constraint application_version_pk primary key (application_id, number),
    constraint application_version_number_ck check (number >= 1)
);

-- Each status change, in the same transaction as the change.
create table application_status_history (
    id             bigserial     primary key,
    application_id bigint        not null references project_application (id),
    transition     varchar(40)   not null,
    from_status    varchar(32)   not null,
    to_status      varchar(32)   not null,
    occurred_at    timestamptz   not null,
    actor          varchar(100)  not null,
    reason         varchar(1000),
    deadline       timestamptz,
    version_no     integer
);
create index application_status_history_ix on application_status_history (application_id, occurred_at);

-- The files uploaded for an application (kept in the file store) and what each is for.
create table application_file (
    application_id bigint        not null references project_application (id),
    file_id        bigint        not null,
    purpose        varchar(32)   not null,
    -- name, kind and size as the file store recorded them, for lists and the per-application size limit
    file_name      varchar(255)  not null,
    file_kind      varchar(16)   not null,
    file_size      bigint        not null,
    attached_by    varchar(100)  not null,
    attached_at    timestamptz   not null,
    -- the first submitted version that referred to the file: from then on the recommender may read it
    first_version_no integer,
    constraint application_file_pk primary key (application_id, file_id)
);

-- Idempotent submission: the key of each successful submit request and the version it produced. A retried or
-- doubled request with the same key receives the same answer.
create table application_submission_key (
    application_id  bigint        not null references project_application (id),
    idempotency_key varchar(100)  not null,
    version_no      integer       not null,
    created_at      timestamptz   not null,
    constraint application_submission_key_pk primary key (application_id, idempotency_key)
);

-- Draft tokens: every section form carries one. A form posted after the session expired is kept here under its
-- token (payload) and offered again to the same user after login; a form that met a version conflict is kept here
-- for the conflict page.
create table application_draft_token (
    token          varchar(64)   primary key,
    username       varchar(100)  not null,
    application_id bigint        not null references project_application (id),
    section_key    varchar(32)   not null,
    issued_at      timestamptz   not null,
    payload        text,
    payload_kind   varchar(16),
    posted_at      timestamptz,
    constraint application_draft_token_kind_ck check (payload_kind is null or payload_kind in ('EXPIRED', 'CONFLICT'))
);
create index application_draft_token_owner_ix on application_draft_token (username, application_id, section_key);
