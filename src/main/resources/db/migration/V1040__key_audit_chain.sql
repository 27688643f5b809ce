-- The audit chain resists a database administrator (docs/audit.md, docs/security.md):
-- 1. each entry's algorithm: entries written before are plain SM3 ('sm3'); new ones HMAC-SM3 with a key held outside
--    the database ('hmac-sm3:<keyId>'). Adding a column with a default does not touch the rows, so the append-only
--    trigger is not fired and the old entries keep exactly what was hashed.
alter table audit_entry add column algorithm varchar(40) not null default 'sm3';
alter table audit_entry alter column algorithm drop default;
alter table audit_entry add constraint audit_entry_algorithm_ck
    check (algorithm = 'sm3' or algorithm ~ '^hmac-sm3:[0-9a-f]{8}$');

-- A new entry must continue the chain exactly at its head, and be keyed.
create or replace function audit_entry_check_append() returns trigger as $$
declare
    head_seq  bigint;
    head_hash varchar(64);
begin
    select last_seq, last_hash into head_seq, head_hash from audit_chain_head where id = 1;
    if new.seq <> head_seq + 1 or new.prev_hash <> head_hash then
        raise exception 'audit entry % does not continue the chain at its head (seq %)', new.seq, head_seq;
    end if;
    if new.algorithm = 'sm3' then
        raise exception 'audit entry % must be keyed (hmac-sm3), not plain sm3', new.seq;
    end if;
    return new;
end;
$$ language plpgsql;

-- 2. Retention (《网络安全法》第二十一条: network logs kept at least six months): an entry younger than six months can
--    never be deleted; no entry can be updated; and the system keeps all entries (no purge), so an older one is
--    refused too, as append-only.
create or replace function audit_entry_refuse_change() returns trigger as $$
begin
    if tg_op = 'DELETE' and (old.occurred_at at time zone 'UTC') + interval '6 months' > (now() at time zone 'UTC') then
        raise exception 'audit entry % is kept at least 6 months (until %): DELETE is not allowed',
            old.seq, to_char((old.occurred_at at time zone 'UTC') + interval '6 months', 'YYYY-MM-DD');
    end if;
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$ language plpgsql;

-- 3. Signed checkpoints of the chain head (SM2, key outside the database): one per period, whichever node signs it.
create table audit_checkpoint (
    id            bigint generated always as identity,
    period        varchar(40)  not null,
    head_seq      bigint       not null,
    head_hash     varchar(64)  not null,
    algorithm     varchar(40)  not null,
    signed_at     timestamptz  not null,
    public_key_id varchar(16)  not null,
    created_by    varchar(200) not null,
    -- the exact signed text and its SM2-with-SM3 signature (DER, Base64)
    payload       text         not null,
    signature     varchar(200) not null,
    constraint audit_checkpoint_pk primary key (id),
    constraint audit_checkpoint_period_uk unique (period),
    constraint audit_checkpoint_head_seq_ck check (head_seq > 0)
);

create function audit_checkpoint_refuse_change() returns trigger as $$
begin
    raise exception 'audit_checkpoint is append-only: % is not allowed', tg_op;
end;
$$ language plpgsql;

create trigger audit_checkpoint_append_only
    before update or delete on audit_checkpoint
    for each row execute procedure audit_checkpoint_refuse_change();

create trigger audit_checkpoint_no_truncate
    before truncate on audit_checkpoint
    for each statement execute procedure audit_checkpoint_refuse_change();
