-- The tamper-evident audit trail (审计日志): an append-only hash chain. docs/audit.md describes the format.

-- The head of the chain: exactly one row. Every append locks it (select ... for update), so all application nodes
-- append to one linear chain, and it remembers the last entry so that a deleted tail is detected as well.
create table audit_chain_head (
    id        smallint    not null,
    last_seq  bigint      not null,
    last_hash varchar(64) not null,
    constraint audit_chain_head_pk primary key (id),
    constraint audit_chain_head_single_row_ck check (id = 1),
    constraint audit_chain_head_last_seq_ck check (last_seq >= 0)
);
-- The genesis value: the first entry's prev_hash.
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_entry (
    seq            bigint       not null,
    occurred_at    timestamptz  not null,
    actor          varchar(200) not null,
    role           varchar(64),
    client_address varchar(100),
    action         varchar(100) not null,
    target_type    varchar(64),
    target_id      varchar(200),
    outcome        varchar(16)  not null,
    -- json (not jsonb) keeps the exact canonical text that was hashed; cast to jsonb to query inside it.
    details        json         not null,
    prev_hash      varchar(64)  not null,
    hash           varchar(64)  not null,
    constraint audit_entry_pk primary key (seq),
    constraint audit_entry_seq_ck check (seq > 0),
    constraint audit_entry_outcome_ck check (outcome in ('SUCCESS', 'FAILURE', 'DENIED'))
);
create index audit_entry_occurred_at_ix on audit_entry (occurred_at);
create index audit_entry_actor_ix on audit_entry (actor);
-- varchar_pattern_ops serves the prefix match (action like 'identity.%') whatever the database collation is.
create index audit_entry_action_ix on audit_entry (action varchar_pattern_ops);
create index audit_entry_target_ix on audit_entry (target_type, target_id);

-- The actions that occur in the trail, for the filter's list (a distinct over millions of entries would be slow).
create table audit_action (
    action varchar(100) not null,
    constraint audit_action_pk primary key (action)
);

-- The database itself refuses to change or remove an entry, whoever asks.
create function audit_entry_refuse_change() returns trigger as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$ language plpgsql;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute procedure audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute procedure audit_entry_refuse_change();

-- A new entry must continue the chain exactly at its head: the next seq, linked to the head's hash.
create function audit_entry_check_append() returns trigger as $$
declare
    head_seq  bigint;
    head_hash varchar(64);
begin
    select last_seq, last_hash into head_seq, head_hash from audit_chain_head where id = 1;
    if new.seq <> head_seq + 1 or new.prev_hash <> head_hash then
        raise exception 'audit entry % does not continue the chain at its head (seq %)', new.seq, head_seq;
    end if;
    return new;
end;
$$ language plpgsql;

create trigger audit_entry_continues_chain
    before insert on audit_entry
    for each row execute procedure audit_entry_check_append();

-- The head only ever advances by one, to the entry just appended; it is never removed.
create function audit_chain_head_check_advance() returns trigger as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'audit_chain_head cannot be removed: % is not allowed', tg_op;
    end if;
    if new.id <> old.id or new.last_seq <> old.last_seq + 1
            or not exists (select 1 from audit_entry where seq = new.last_seq and hash = new.last_hash) then
        raise exception 'audit_chain_head may only advance by one, to the entry just appended';
    end if;
    return new;
end;
$$ language plpgsql;

create trigger audit_chain_head_advances
    before update or delete on audit_chain_head
    for each row execute procedure audit_chain_head_check_advance();

create trigger audit_chain_head_no_truncate
    before truncate on audit_chain_head
    for each statement execute procedure audit_chain_head_check_advance();
