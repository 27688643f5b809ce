-- In-app inbox (站内通知): one row per person told of something. Like the mail outbox it is written in the
-- transaction of the decision it reports, so no one is told of a decision that was rolled back. read_at is set when
-- its owner opens the entry or marks it read. Keyed by the account's user name, which never changes; rows are kept
-- as the record of what each person was told.
create table notification_inbox (
    id         bigserial    primary key,
    username   varchar(64)  not null,
    kind       varchar(64)  not null,
    subject    varchar(300) not null,
    body       text         not null,
    link       varchar(500),
    created_at timestamptz  not null,
    read_at    timestamptz
);
-- A person's entries, the unread ones first found by (username, read_at is null), newest first.
create index notification_inbox_owner_ix on notification_inbox (username, read_at, created_at desc);
