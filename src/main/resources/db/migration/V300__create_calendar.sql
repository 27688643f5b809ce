-- Working-day calendar (工作日历): the holiday arrangement of the State Council's yearly notices
-- (国务院办公厅关于××年部分节假日安排的通知), one row per loaded year, the file kept verbatim as evidence.
create table calendar_year (
    year              integer      not null,
    origin            varchar(16)  not null,
    file_name         varchar(255) not null,
    holiday_count     integer      not null,
    make_up_day_count integer      not null,
    checksum_sha256   char(64)     not null,
    checksum_sm3      char(64)     not null,
    content           bytea        not null,
    loaded_at         timestamptz  not null,
    loaded_by         varchar(100) not null,
    constraint calendar_year_pk primary key (year),
    constraint calendar_year_year_ck check (year between 2000 and 2100),
    constraint calendar_year_origin_ck check (origin in ('BUNDLED', 'UPLOADED')),
    constraint calendar_year_counts_ck check (holiday_count >= 1 and make_up_day_count >= 0)
);

-- The links to the notice(s) a year's file transcribes, in file order.
create table calendar_paper (
    year    integer       not null,
    ordinal integer       not null,
    url     varchar(1000) not null,
    constraint calendar_paper_pk primary key (year, ordinal),
    constraint calendar_paper_year_fk foreign key (year) references calendar_year (year) on delete cascade
);

-- The dates a year's file lists: off days (off_day) and make-up working days (调休上班日, not off_day). A file may
-- list a few dates of the neighbouring year (the 2019 notice covers 2018-12-29..31), so the key includes the file's
-- year; two files that list the same date agree on off_day (checked by the loader).
create table calendar_day (
    year    integer      not null,
    day     date         not null,
    off_day boolean      not null,
    name    varchar(100) not null,
    constraint calendar_day_pk primary key (year, day),
    constraint calendar_day_year_fk foreign key (year) references calendar_year (year) on delete cascade,
    constraint calendar_day_near_year_ck check (extract(year from day) between year - 1 and year + 1)
);
create index calendar_day_day_ix on calendar_day (day);

-- A single row, incremented by every load in the load's transaction: loads lock it (so they run one at a time
-- across nodes) and every node's in-memory calendar compares it to decide when to re-read.
create table calendar_revision (
    id       integer not null,
    revision bigint  not null,
    constraint calendar_revision_pk primary key (id),
    constraint calendar_revision_single_ck check (id = 1)
);
insert into calendar_revision (id, revision) values (1, 0);
