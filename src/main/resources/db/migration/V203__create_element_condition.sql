-- The numbered element conditions of one version, grouped by mode, each mode with its closing paragraph
-- (通过持续改进，…), which states the aim rather than a condition and so is kept apart from the numbered ones.
create table element_condition_mode (
    version       varchar(16)  not null references element_condition_set (version),
    mode_code     varchar(32)  not null references manufacturing_mode (code),
    display_order integer      not null,
    heading       varchar(200) not null,
    closing       text         not null,
    primary key (version, mode_code),
    unique (version, display_order)
);

create table element_condition (
    version   varchar(16) not null,
    mode_code varchar(32) not null,
    number    integer     not null,
    text      text        not null,
    primary key (version, mode_code, number),
    foreign key (version, mode_code) references element_condition_mode (version, mode_code),
    constraint element_condition_number_positive check (number > 0)
);

-- A quantitative threshold that a condition sets (e.g. 制造装备数控化率超过70%). At most one per condition: the
-- 2020 conditions name one figure each, and the application form asks for exactly that figure.
create table element_condition_threshold (
    version      varchar(16)   not null,
    mode_code    varchar(32)   not null,
    number       integer       not null,
    metric_code  varchar(64)   not null,
    metric_name  varchar(100)  not null,
    operator     varchar(2)    not null,
    limit_value  numeric(9, 2) not null,
    unit         varchar(16)   not null,
    primary key (version, mode_code, number),
    unique (version, metric_code),
    foreign key (version, mode_code, number) references element_condition (version, mode_code, number),
    constraint element_condition_threshold_operator check (operator in ('GT', 'GE'))
);
