-- The people assigned to an application (an expert of the review, a member of an inspection team): they see its frozen
-- versions and the files those refer to, never a draft. One row per application and person; removed when unassigned.
create table application_assignment (
    application_id bigint       not null references project_application (id),
    account_id     bigint       not null references user_account (id),
    assigned_by    varchar(100) not null,
    assigned_at    timestamptz  not null,
    constraint application_assignment_pk primary key (application_id, account_id)
);
create index application_assignment_account_ix on application_assignment (account_id, application_id);
