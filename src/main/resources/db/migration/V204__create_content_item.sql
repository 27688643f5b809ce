-- 项目内容具体要求 (附件2-1): what the narrative part 三 of an application must cover, per mode and per new technology.
-- Versioned like the element conditions: a later year adds a new set and leaves the 2020 one alone.
create table content_item_set (
    version varchar(16)  primary key,
    title   varchar(200) not null,
    source  varchar(400) not null
);

-- One group per mode (模式一…五) or new technology (新技术一、二). group_code is the mode's or the technology's code;
-- the two nullable references keep the foreign keys honest while one column serves as the key.
create table content_item_group (
    version         varchar(16)  not null references content_item_set (version),
    group_code      varchar(32)  not null,
    kind            varchar(16)  not null,
    mode_code       varchar(32)  references manufacturing_mode (code),
    technology_code varchar(32)  references new_technology (code),
    display_order   integer      not null,
    heading         varchar(200) not null,
    primary key (version, group_code),
    unique (version, display_order),
    constraint content_item_group_subject check (
        (kind = 'MODE' and mode_code = group_code and technology_code is null)
        or (kind = 'NEW_TECHNOLOGY' and technology_code = group_code and mode_code is null))
);

create table content_item (
    version     varchar(16)  not null,
    group_code  varchar(32)  not null,
    number      integer      not null,
    title       varchar(200) not null,
    requirement text         not null,
    primary key (version, group_code, number),
    foreign key (version, group_code) references content_item_group (version, group_code),
    constraint content_item_number_positive check (number > 0)
);
