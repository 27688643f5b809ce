-- The 申报编号 people read and quote: "{call year}-{division code}-{sequence}", e.g. 2026-420100-0001. The sequence
-- counts the applications of one division in the call's year from 1: with the one call of a year (年度遴选) that is the
-- count within the call and division, and a second call of the same year continues the count, so the number stays
-- unique. A number is taken when the application is created and kept for good: an application withdrawn or
-- abandoned keeps its number, and the counter never goes back, so no number is ever given twice. URLs and the API
-- keep the database id.
create table application_number_counter (
    call_year     integer     not null,
    division_code varchar(6)  not null,
    -- the last sequence number given in the year and division
    last_value    integer     not null,
    constraint application_number_counter_pk primary key (call_year, division_code),
    constraint application_number_counter_value_ck check (last_value >= 1)
);

alter table project_application add column number varchar(32);

-- the applications that exist already: numbered in the order they were created
with numbered as (
    select a.id, c.year, a.division_code,
           row_number() over (partition by c.year, a.division_code order by a.created_at, a.id) as seq
    from project_application a
    join programme_call c on c.id = a.call_id
)
update project_application a
set number = n.year || '-' || n.division_code || '-' || lpad(n.seq::text, greatest(4, length(n.seq::text)), '0')
from numbered n
where n.id = a.id;

insert into application_number_counter (call_year, division_code, last_value)
select c.year, a.division_code, count(*)
from project_application a
join programme_call c on c.id = a.call_id
group by c.year, a.division_code;

alter table project_application alter column number set not null;
alter table project_application add constraint project_application_number_uk unique (number);
