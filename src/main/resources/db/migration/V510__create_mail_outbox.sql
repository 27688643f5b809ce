-- Outgoing e-mail (发件箱). A row is written in the transaction of the decision it reports, so a mail exists only for
-- a decision that was committed; the sender delivers PENDING rows that are due and marks them SENT, or FAILED once
-- their attempts are used up. Rows are kept as the record of what was sent to whom.
create table mail_outbox (
    id              bigserial     primary key,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(16)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    constraint mail_outbox_status_ck check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint mail_outbox_sent_ck check ((status = 'SENT') = (sent_at is not null)),
    constraint mail_outbox_attempts_ck check (attempts >= 0)
);
-- The sender's query: due pending mail, oldest first.
create index mail_outbox_due_ix on mail_outbox (next_attempt_at, id) where status = 'PENDING';
-- Looking up what was sent to one person.
create index mail_outbox_recipient_ix on mail_outbox (recipient);
