-- The recommending units (推荐单位): the 17 divisions of Hubei whose 经信局 recommend projects, in the province's
-- official order. 420400 does not exist, and 429000 (省直辖县级行政单位) is only a grouping of the four units
-- 429004/429005/429006/429021, each of which recommends on its own.
create table division (
    code          varchar(6)   primary key,
    name          varchar(50)  not null unique,
    display_order integer      not null unique,
    constraint division_code_is_hubei check (code like '42____')
);

insert into division (code, name, display_order) values
    ('420100', '武汉市', 1),
    ('420200', '黄石市', 2),
    ('420300', '十堰市', 3),
    ('420500', '宜昌市', 4),
    ('420600', '襄阳市', 5),
    ('420700', '鄂州市', 6),
    ('420800', '荆门市', 7),
    ('420900', '孝感市', 8),
    ('421000', '荆州市', 9),
    ('421100', '黄冈市', 10),
    ('421200', '咸宁市', 11),
    ('421300', '随州市', 12),
    ('422800', '恩施土家族苗族自治州', 13),
    ('429004', '仙桃市', 14),
    ('429005', '潜江市', 15),
    ('429006', '天门市', 16),
    ('429021', '神农架林区', 17);

-- The 34 provincial-level divisions of GB/T 2260 by their two-digit prefix, so that a message can name where a
-- non-Hubei 统一社会信用代码 was registered.
create table provincial_division (
    prefix varchar(2)  primary key,
    name   varchar(50) not null unique
);

insert into provincial_division (prefix, name) values
    ('11', '北京市'),
    ('12', '天津市'),
    ('13', '河北省'),
    ('14', '山西省'),
    ('15', '内蒙古自治区'),
    ('21', '辽宁省'),
    ('22', '吉林省'),
    ('23', '黑龙江省'),
    ('31', '上海市'),
    ('32', '江苏省'),
    ('33', '浙江省'),
    ('34', '安徽省'),
    ('35', '福建省'),
    ('36', '江西省'),
    ('37', '山东省'),
    ('41', '河南省'),
    ('42', '湖北省'),
    ('43', '湖南省'),
    ('44', '广东省'),
    ('45', '广西壮族自治区'),
    ('46', '海南省'),
    ('50', '重庆市'),
    ('51', '四川省'),
    ('52', '贵州省'),
    ('53', '云南省'),
    ('54', '西藏自治区'),
    ('61', '陕西省'),
    ('62', '甘肃省'),
    ('63', '青海省'),
    ('64', '宁夏回族自治区'),
    ('65', '新疆维吾尔自治区'),
    ('71', '台湾省'),
    ('81', '香港特别行政区'),
    ('82', '澳门特别行政区');
