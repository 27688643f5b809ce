-- A version of the element conditions (要素条件, 附件1). 2020 is the first; a later year adds a new version with its
-- own data migration and never edits an earlier one, because calls and applications keep pointing at the version
-- they were judged against. The conditions themselves live in element_condition (V203); the 2020 data in V210.
create table element_condition_set (
    version                varchar(16)   primary key,
    title                  varchar(200)  not null,
    source                 varchar(400)  not null,
    -- the paragraph under the title (根据《智能制造发展规划…》…特制订本要素条件。)
    introduction           text          not null,
    -- part 2 of 附件1: one paragraph for all new technologies, not numbered conditions
    new_technology_heading varchar(200)  not null,
    new_technology_text    text          not null
);
