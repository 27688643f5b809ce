-- A version of the element conditions (要素条件, 附件1). 2020 is the first; a later year adds a new version.
create table element_condition_set (
    version     varchar(16)  primary key,
    title       varchar(200) not null,
    source      varchar(400) not null
);
insert into element_condition_set (version, title, source)
values ('2020', '2020年智能制造试点示范项目要素条件', '湖北省智能制造试点示范项目实施方案（2020版）附件1');
