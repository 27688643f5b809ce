-- A submitted version (第 n 版) is what the recommender and the province received: it is never changed or removed,
-- whatever the application code does.
create function application_version_refuse_change() returns trigger as $$
begin
    raise exception 'application_version is immutable: version % of application % cannot be %',
        old.number, old.application_id, lower(tg_op);
end;
$$ language plpgsql;

create trigger application_version_immutable
    before update or delete on application_version
    for each row execute procedure application_version_refuse_change();
