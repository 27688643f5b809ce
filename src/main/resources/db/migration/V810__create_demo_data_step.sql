-- Demo data is loaded once per database: each step of the demo loader records here that it ran, in the same
-- transaction as what it created, and is never run again. What people then do with the demo data (rename the demo
-- draft, delete an account) is theirs; the loader does not look things up by name to re-create them.
create table demo_data_step (
    step       varchar(40) primary key,
    loaded_at  timestamptz not null
);

-- A database on which an earlier release loaded the demo already has what these steps create.
insert into demo_data_step (step, loaded_at)
select 'accounts', now() where exists (select 1 from user_account where username = 'applicant');
insert into demo_data_step (step, loaded_at)
select 'applications', now() where exists (
    select 1 from project_application a join enterprise e on e.id = a.enterprise_id
    where e.credit_code = '91420106MA4K00010G');
insert into demo_data_step (step, loaded_at)
select 'enterprises', now() where exists (select 1 from user_account where username = 'qiye-wh1');
insert into demo_data_step (step, loaded_at)
select 'recommendations', now() where exists (
    select 1 from recommendation_list where division_code = '420500' and submitted_at is not null);
