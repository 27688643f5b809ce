-- The vocabularies of the programme (seed §二, §三, §四, 附件3). Codes are stable identifiers that other modules store;
-- names are as the seed words them.

-- 智能制造新模式: the five modes of §三 plus 其他, which 附件3 offers as a free-text choice and which has no
-- element conditions of its own.
create table manufacturing_mode (
    code          varchar(32)  primary key,
    name          varchar(50)  not null unique,
    display_order integer      not null unique
);

insert into manufacturing_mode (code, name, display_order) values
    ('DISCRETE',      '离散型智能制造',   1),
    ('PROCESS',       '流程型智能制造',   2),
    ('NETWORKED',     '网络协同制造',     3),
    ('CUSTOMIZATION', '大规模个性化定制', 4),
    ('REMOTE_OM',     '远程运维服务',     5),
    ('OTHER',         '其他',             6);

-- 新技术创新应用: 附件3 offers 工业互联网 and 人工智能; the element conditions (附件1 part 2) also name 5G.
create table new_technology (
    code          varchar(32)  primary key,
    name          varchar(50)  not null unique,
    display_order integer      not null unique
);

insert into new_technology (code, name, display_order) values
    ('INDUSTRIAL_INTERNET', '工业互联网', 1),
    ('AI',                  '人工智能',   2),
    ('FIVE_G',              '5G',         3);

-- The five outcome indicators (§四(四), 附件3 四(二)). direction says which way is an improvement: a cost, a cycle
-- time or a defect rate improves when it falls (DECREASE); efficiency and energy utilisation when they rise (INCREASE).
create table indicator (
    code          varchar(32)  primary key,
    name          varchar(50)  not null unique,
    subject       varchar(50)  not null unique,
    direction     varchar(8)   not null,
    display_order integer      not null unique,
    constraint indicator_direction check (direction in ('DECREASE', 'INCREASE'))
);

insert into indicator (code, name, subject, direction, display_order) values
    ('OPERATING_COST',        '运营成本降低',     '运营成本',     'DECREASE', 1),
    ('DEVELOPMENT_CYCLE',     '产品研制周期缩短', '产品研制周期', 'DECREASE', 2),
    ('PRODUCTION_EFFICIENCY', '生产效率提高',     '生产效率',     'INCREASE', 3),
    ('DEFECT_RATE',           '产品不良品率降低', '产品不良品率', 'DECREASE', 4),
    ('ENERGY_UTILISATION',    '能源利用率提高',   '能源利用率',   'INCREASE', 5);

-- 重点行业 of §三 in the seed's order, plus 其他 for projects outside them.
create table key_industry (
    code          varchar(32)  primary key,
    name          varchar(50)  not null unique,
    display_order integer      not null unique
);

insert into key_industry (code, name, display_order) values
    ('AUTOMOTIVE',             '汽车',         1),
    ('ELECTRONIC_INFORMATION', '电子信息',     2),
    ('HIGH_END_CNC_MACHINE',   '高档数控机床', 3),
    ('BIOMEDICINE',            '生物医药',     4),
    ('HIGH_END_EQUIPMENT',     '高端装备',     5),
    ('FOOD',                   '食品',         6),
    ('TEXTILE',                '纺织',         7),
    ('NEW_MATERIALS',          '新材料',       8),
    ('OTHER',                  '其他',         9);
