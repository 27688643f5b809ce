-- Review meetings (专家评审会) of a call: parameters, groups, the applications of each group, the draw of experts with
-- its recorded seed and inputs, the seats and reserves it gave, each expert's invitation and pledge.
create table review_meeting (
    id                      bigserial     primary key,
    call_id                 bigint        not null references programme_call (id),
    title                   varchar(100)  not null,
    meeting_date            date          not null,
    place                   varchar(200)  not null,
    experts_per_application integer       not null,
    coverage                integer       not null,
    load_cap                integer       not null,
    reserves_per_group      integer       not null,
    status                  varchar(16)   not null,
    -- optimistic lock of the parameters and the status
    version                 bigint        not null default 0,
    created_by              varchar(100)  not null,
    created_at              timestamptz   not null,
    updated_by              varchar(100)  not null,
    updated_at              timestamptz   not null,
    constraint review_meeting_status_ck check (status in ('PLANNED', 'DRAWN', 'STARTED', 'CLOSED')),
    constraint review_meeting_parameters_ck check (experts_per_application between 1 and 15
        and coverage between 0 and experts_per_application and load_cap between 1 and 50
        and reserves_per_group between 0 and 20)
);
create index review_meeting_call_ix on review_meeting (call_id, meeting_date);

-- A group of the meeting (by mode or by industry): the experts who cover its basis count towards coverage.
create table meeting_group (
    id          bigserial     primary key,
    meeting_id  bigint        not null references review_meeting (id),
    position    integer       not null,
    name        varchar(100)  not null,
    basis_kind  varchar(16)   not null,
    basis_code  varchar(32)   not null,
    constraint meeting_group_basis_ck check (basis_kind in ('MODE', 'INDUSTRY')),
    constraint meeting_group_position_uk unique (meeting_id, position),
    constraint meeting_group_basis_uk unique (meeting_id, basis_kind, basis_code)
);

-- The applications on the agenda, each in one group; an application is in at most one meeting of its call.
create table meeting_application (
    meeting_id     bigint  not null references review_meeting (id),
    application_id bigint  not null references project_application (id),
    call_id        bigint  not null references programme_call (id),
    group_id       bigint  not null references meeting_group (id),
    added_by       varchar(100) not null,
    added_at       timestamptz  not null,
    constraint meeting_application_pk primary key (meeting_id, application_id),
    constraint meeting_application_call_uk unique (call_id, application_id)
);
create index meeting_application_group_ix on meeting_application (group_id);

-- Every draw: the seed, the canonical inputs (so that it can be re-run), their digest and the result as recorded.
-- A draw cancelled before anybody accepted stays here with its cancellation.
create table meeting_draw (
    id            bigserial     primary key,
    meeting_id    bigint        not null references review_meeting (id),
    seed          bigint        not null,
    seed_source   varchar(16)   not null,
    input_digest  varchar(64)   not null,
    problem       text          not null,
    result        text          not null,
    total_score   bigint        not null,
    seat_count    integer       not null,
    drawn_by      varchar(100)  not null,
    drawn_at      timestamptz   not null,
    cancelled_by  varchar(100),
    cancelled_at  timestamptz,
    constraint meeting_draw_seed_source_ck check (seed_source in ('OFFICER', 'SYSTEM'))
);
create unique index meeting_draw_current_uk on meeting_draw (meeting_id) where cancelled_at is null;

-- One expert's place on the panel of one application. A seat given up (declined, conflict) becomes VACANT; a vacant
-- seat filled from the reserves becomes REPLACED and names the seat that took its place.
create table meeting_seat (
    id              bigserial     primary key,
    meeting_id      bigint        not null references review_meeting (id),
    draw_id         bigint        not null references meeting_draw (id),
    application_id  bigint        not null references project_application (id),
    expert_id       bigint        not null,
    score           integer       not null,
    covers          boolean       not null,
    origin          varchar(16)   not null,
    state           varchar(16)   not null,
    vacated_reason  varchar(16),
    vacated_at      timestamptz,
    replaces_seat_id bigint       references meeting_seat (id),
    replaced_by     varchar(100),
    created_at      timestamptz   not null,
    constraint meeting_seat_origin_ck check (origin in ('DRAW', 'REPLACEMENT')),
    constraint meeting_seat_state_ck check (state in ('ACTIVE', 'VACANT', 'REPLACED')),
    constraint meeting_seat_reason_ck check (vacated_reason is null or vacated_reason in ('DECLINED', 'CONFLICT')),
    constraint meeting_seat_vacated_ck check ((state = 'ACTIVE') = (vacated_at is null))
);
create unique index meeting_seat_active_uk on meeting_seat (meeting_id, application_id, expert_id)
    where state = 'ACTIVE';
create index meeting_seat_expert_ix on meeting_seat (expert_id, meeting_id);

-- The reserves of each group in the order they are called in.
create table meeting_reserve (
    meeting_id  bigint       not null references review_meeting (id),
    draw_id     bigint       not null references meeting_draw (id),
    group_id    bigint       not null references meeting_group (id),
    rank        integer      not null,
    expert_id   bigint       not null,
    called_at   timestamptz,
    constraint meeting_reserve_pk primary key (draw_id, group_id, rank)
);

-- Each drawn expert's invitation to the meeting (as a seated expert or as a reserve), the answer and the pledge.
create table meeting_invitation (
    meeting_id    bigint        not null references review_meeting (id),
    expert_id     bigint        not null,
    account_id    bigint        references user_account (id),
    as_reserve    boolean       not null,
    state         varchar(16)   not null,
    invited_at    timestamptz   not null,
    answered_at   timestamptz,
    decline_reason varchar(500),
    pledged_at    timestamptz,
    pledge_text_sha256 varchar(64),
    version       bigint        not null default 0,
    constraint meeting_invitation_pk primary key (meeting_id, expert_id),
    constraint meeting_invitation_state_ck check (state in ('INVITED', 'ACCEPTED', 'DECLINED'))
);
create index meeting_invitation_account_ix on meeting_invitation (account_id, meeting_id);
