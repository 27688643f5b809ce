-- The follow-up of a check (抽查) that required rectification (限期整改): after the deadline the office records what
-- it found — rectified (合格) or not (剔除, which revokes the designation) — with a note. Once per check: a conditional
-- update on "no follow-up yet".
alter table monitoring_check
    add column follow_up    varchar(16),
    add column follow_up_note varchar(2000),
    add column follow_up_by varchar(100),
    add column follow_up_at timestamptz,
    add constraint monitoring_check_follow_up_ck check (follow_up is null
        or (follow_up in ('QUALIFIED', 'REMOVED') and conclusion = 'RECTIFYING' and follow_up_note is not null
            and follow_up_by is not null and follow_up_at is not null));
