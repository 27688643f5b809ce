-- Site visits of the provincial review (module sitevisit, docs/sitevisit.md): inspection teams per call, visits of
-- applications that passed formal review planned on working days, the checklist of each visit (a snapshot taken when
-- it is planned), findings, attendees, photos and the conclusion; locked once the team leader signs it off.

-- An inspection team (核查组) of a call, visiting one division: officers, experts and the division's staff.
create table site_visit_team (
    id             bigserial    primary key,
    call_id        bigint       not null references programme_call (id),
    division_code  varchar(6)   not null,
    name           varchar(100) not null,
    leader_id      bigint       not null references user_account (id),
    created_by     varchar(64)  not null,
    created_at     timestamptz  not null,
    constraint site_visit_team_name_uk unique (call_id, name)
);

-- A member of a team; the leader is one of them.
create table site_visit_team_member (
    team_id    bigint      not null references site_visit_team (id),
    account_id bigint      not null references user_account (id),
    kind       varchar(16) not null,
    added_by   varchar(64) not null,
    added_at   timestamptz not null,
    primary key (team_id, account_id),
    constraint site_visit_team_member_kind_ck check (kind in ('OFFICER', 'EXPERT', 'DIVISION_STAFF'))
);

-- One visit of one application by one team on one working day.
create table site_visit (
    id              bigserial     primary key,
    application_id  bigint        not null references project_application (id),
    team_id         bigint        not null references site_visit_team (id),
    visit_date      date          not null,
    status          varchar(16)   not null,
    conclusion      varchar(32),
    summary         varchar(2000),
    version         integer       not null default 0,
    planned_by      varchar(64)   not null,
    planned_at      timestamptz   not null,
    signed_off_by   varchar(100),
    signed_off_name varchar(100),
    signed_off_at   timestamptz,
    cancelled_by    varchar(64),
    cancelled_at    timestamptz,
    constraint site_visit_status_ck check (status in ('PLANNED', 'RECORDING', 'SIGNED_OFF', 'CANCELLED')),
    constraint site_visit_conclusion_ck check (conclusion is null
        or conclusion in ('CONFIRMED', 'CONFIRMED_WITH_REMARKS', 'NOT_CONFIRMED')),
    constraint site_visit_signed_off_ck check ((status = 'SIGNED_OFF') = (signed_off_at is not null)),
    constraint site_visit_signed_off_conclusion_ck check (status <> 'SIGNED_OFF' or (conclusion is not null and summary is not null)),
    constraint site_visit_cancelled_ck check ((status = 'CANCELLED') = (cancelled_at is not null))
);
-- At most one live (not cancelled) visit of an application.
create unique index site_visit_live_uk on site_visit (application_id) where status <> 'CANCELLED';
create index site_visit_team_ix on site_visit (team_id);

-- The checklist of a visit: what was to be verified when it was planned, and what the team found.
create table site_visit_item (
    id          bigserial     primary key,
    visit_id    bigint        not null references site_visit (id),
    position    integer       not null,
    source      varchar(16)   not null,
    mode_code   varchar(32),
    number      integer       not null,
    grouping    varchar(100)  not null,
    text        varchar(2000) not null,
    finding     varchar(16),
    note        varchar(2000),
    version     integer       not null default 0,
    recorded_by varchar(64),
    recorded_at timestamptz,
    constraint site_visit_item_uk unique (visit_id, position),
    constraint site_visit_item_source_ck check (source in ('RECOMMENDATION', 'ELEMENT')),
    constraint site_visit_item_finding_ck check (finding is null or finding in ('TRUE', 'MOSTLY_TRUE', 'UNTRUE')),
    constraint site_visit_item_note_ck check (finding is null or finding = 'TRUE' or note is not null)
);

-- The people met on site.
create table site_visit_attendee (
    id         bigserial    primary key,
    visit_id   bigint       not null references site_visit (id),
    name       varchar(50)  not null,
    unit       varchar(100) not null,
    position   varchar(50)  not null,
    added_by   varchar(64)  not null,
    added_at   timestamptz  not null
);
create index site_visit_attendee_ix on site_visit_attendee (visit_id);

-- Photos taken on site, with the time they were taken (from the image's EXIF data, or entered by the team).
create table site_visit_photo (
    id           bigserial    primary key,
    visit_id     bigint       not null references site_visit (id),
    file_id      bigint       not null references stored_file (id),
    caption      varchar(200) not null,
    taken_at     timestamp    not null,
    taken_source varchar(8)   not null,
    added_by     varchar(64)  not null,
    added_at     timestamptz  not null,
    constraint site_visit_photo_source_ck check (taken_source in ('EXIF', 'ENTERED'))
);
create index site_visit_photo_ix on site_visit_photo (visit_id);

-- The assignments (application_assignment) this module made for expert members, so that removing a member or
-- cancelling a visit takes back only those it made, never a review panel's.
create table site_visit_grant (
    application_id bigint not null references project_application (id),
    account_id     bigint not null references user_account (id),
    primary key (application_id, account_id)
);
