-- The public notice of a call's review result (公示, module publicity, docs/publicity.md). The office drafts it from the
-- call's pending proposal, releases it (the proposal's decisions are released in the same transaction), and the clock
-- opens it on its start day and closes it after its end day (the 5th working day, counting the start day as day 1).
-- A call has at most one notice: a draft may be discarded (deleted) and drafted again, a released one stays for good.
create table public_notice (
    id                bigserial     primary key,
    call_id           bigint        not null references programme_call (id),
    year              integer       not null,
    title             varchar(200)  not null,
    body              text          not null,
    publisher         varchar(100)  not null,
    contact_telephone varchar(50)   not null,
    contact_address   varchar(200)  not null,
    start_date        date          not null,
    end_date          date          not null,
    status            varchar(16)   not null,
    version           bigint        not null default 0,
    created_by        varchar(64)   not null,
    created_at        timestamptz   not null,
    updated_by        varchar(64)   not null,
    updated_at        timestamptz   not null,
    released_at       timestamptz,
    released_by       varchar(64),
    opened_at         timestamptz,
    closed_at         timestamptz,
    constraint public_notice_call_uk unique (call_id),
    constraint public_notice_status_ck check (status in ('DRAFT', 'RELEASED', 'OPEN', 'CLOSED')),
    constraint public_notice_period_ck check (end_date >= start_date),
    constraint public_notice_released_ck check ((status = 'DRAFT') = (released_at is null)
        and (released_at is null) = (released_by is null)),
    constraint public_notice_opened_ck check ((status in ('OPEN', 'CLOSED')) = (opened_at is not null)),
    constraint public_notice_closed_ck check ((status = 'CLOSED') = (closed_at is not null))
);

-- One project on a notice's list, a snapshot of the proposal (taken when drafted and again at release). A project taken
-- off after an upheld objection keeps its row, struck out with the published reason.
create table public_notice_entry (
    notice_id        bigint        not null references public_notice (id) on delete cascade,
    application_id   bigint        not null references project_application (id),
    position         integer       not null,
    project_name     varchar(500)  not null,
    enterprise_name  varchar(500)  not null,
    credit_code      varchar(18),
    division_code    varchar(6)    not null,
    recommender_name varchar(100)  not null,
    mode_codes       varchar(200)  not null,
    listed           boolean       not null default true,
    removal_reason   varchar(2000),
    removed_at       timestamptz,
    removed_by       varchar(64),
    primary key (notice_id, application_id),
    constraint public_notice_entry_position_uk unique (notice_id, position) deferrable initially deferred,
    constraint public_notice_entry_removed_ck check (listed = (removed_at is null)
        and (removed_at is null) = (removal_reason is null) and (removed_at is null) = (removed_by is null))
);

create index public_notice_status_idx on public_notice (status);
