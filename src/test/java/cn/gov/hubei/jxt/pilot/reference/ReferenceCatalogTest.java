package cn.gov.hubei.jxt.pilot.reference;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ReferenceCatalogTest {

    @Autowired
    ReferenceCatalog catalog;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void readsTheReferenceDataOnceAndKeepsIt() {
        assertThat(catalog.modes()).extracting(ManufacturingMode::code).contains("DISCRETE");
        var conditions = catalog.elementConditions("2020").orElseThrow();
        String name = catalog.modes().get(0).name();
        // seeded by migrations and read-only at run time: a change behind the catalog's back is not read again
        jdbc.sql("update manufacturing_mode set name = name || '（改）' where display_order = 1").update();
        try {
            assertThat(catalog.modes().get(0).name()).isEqualTo(name);
            assertThat(catalog.elementConditions("2020")).containsSame(conditions);
        } finally {
            jdbc.sql("update manufacturing_mode set name = :name where display_order = 1").param("name", name).update();
        }
        // a version that is not there is not remembered as missing
        assertThat(catalog.elementConditions("1999")).isEmpty();
    }

    @Test
    void listsTheSeventeenDivisionsInTheOfficialOrder() {
        assertThat(catalog.divisions()).extracting(d -> d.code() + " " + d.name()).containsExactly(
                "420100 武汉市", "420200 黄石市", "420300 十堰市", "420500 宜昌市", "420600 襄阳市", "420700 鄂州市",
                "420800 荆门市", "420900 孝感市", "421000 荆州市", "421100 黄冈市", "421200 咸宁市", "421300 随州市",
                "422800 恩施土家族苗族自治州", "429004 仙桃市", "429005 潜江市", "429006 天门市", "429021 神农架林区");
        assertThat(catalog.divisions()).extracting(Division::displayOrder).containsExactly(
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
    }

    @Test
    void findsADivisionOnlyByItsOwnCode() {
        assertThat(catalog.division("420500")).contains(new Division("420500", "宜昌市", 4));
        assertThat(catalog.division("420400")).isEmpty();
        assertThat(catalog.division("429000")).isEmpty();
        assertThat(catalog.division("420106")).isEmpty();
    }

    @Test
    void mapsCountyLevelCodesToTheirRecommendingDivision() {
        assertThat(catalog.hubeiDivisionFor("420106")).map(Division::name).contains("武汉市");
        assertThat(catalog.hubeiDivisionFor("420100")).map(Division::code).contains("420100");
        assertThat(catalog.hubeiDivisionFor("420583")).map(Division::code).contains("420500");
        assertThat(catalog.hubeiDivisionFor("422801")).map(Division::code).contains("422800");
        assertThat(catalog.hubeiDivisionFor("422828")).map(Division::code).contains("422800");
        assertThat(catalog.hubeiDivisionFor("429004")).map(Division::name).contains("仙桃市");
        assertThat(catalog.hubeiDivisionFor("429021")).map(Division::name).contains("神农架林区");
    }

    @Test
    void findsNoDivisionForTheProvinceTheGroupingOrCodesOutsideHubei() {
        assertThat(catalog.hubeiDivisionFor("420000")).isEmpty();
        assertThat(catalog.hubeiDivisionFor("429000")).isEmpty();
        assertThat(catalog.hubeiDivisionFor("429099")).isEmpty();
        assertThat(catalog.hubeiDivisionFor("420402")).isEmpty();
        assertThat(catalog.hubeiDivisionFor("110108")).isEmpty();
        assertThatThrownBy(() -> catalog.hubeiDivisionFor("4201")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog.hubeiDivisionFor(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheProvinceOfATwoDigitPrefix() {
        assertThat(catalog.provinceName("11")).contains("北京市");
        assertThat(catalog.provinceName("42")).contains("湖北省");
        assertThat(catalog.provinceName("65")).contains("新疆维吾尔自治区");
        assertThat(catalog.provinceName("82")).contains("澳门特别行政区");
        assertThat(catalog.provinceName("10")).isEmpty();
        assertThatThrownBy(() -> catalog.provinceName("110")).isInstanceOf(IllegalArgumentException.class);
        assertThat(catalog.provincialDivisions()).first().isEqualTo(new ProvincialDivision("11", "北京市"));
        assertThat(catalog.provincialDivisions()).last().isEqualTo(new ProvincialDivision("82", "澳门特别行政区"));
    }

    @Test
    void listsModesTechnologiesIndicatorsAndIndustries() {
        assertThat(catalog.modes()).extracting(m -> m.code() + " " + m.name()).containsExactly(
                "DISCRETE 离散型智能制造", "PROCESS 流程型智能制造", "NETWORKED 网络协同制造",
                "CUSTOMIZATION 大规模个性化定制", "REMOTE_OM 远程运维服务", "OTHER 其他");
        assertThat(catalog.mode("OTHER")).map(ManufacturingMode::name).contains("其他");
        assertThat(catalog.newTechnologies()).extracting(t -> t.code() + " " + t.name()).containsExactly(
                "INDUSTRIAL_INTERNET 工业互联网", "AI 人工智能", "FIVE_G 5G");
        assertThat(catalog.newTechnology("FIVE_G")).map(NewTechnology::name).contains("5G");
        assertThat(catalog.indicators()).extracting(i -> i.code() + " " + i.name() + " " + i.subject() + " " + i.direction())
                .containsExactly(
                        "OPERATING_COST 运营成本降低 运营成本 DECREASE",
                        "DEVELOPMENT_CYCLE 产品研制周期缩短 产品研制周期 DECREASE",
                        "PRODUCTION_EFFICIENCY 生产效率提高 生产效率 INCREASE",
                        "DEFECT_RATE 产品不良品率降低 产品不良品率 DECREASE",
                        "ENERGY_UTILISATION 能源利用率提高 能源利用率 INCREASE");
        assertThat(catalog.industries()).extracting(Industry::name).containsExactly(
                "汽车", "电子信息", "高档数控机床", "生物医药", "高端装备", "食品", "纺织", "新材料", "其他");
    }

    @Test
    void knowsTheVersionsAndReturnsNothingForAnUnknownOne() {
        assertThat(catalog.elementConditionVersions()).contains("2020");
        assertThat(catalog.contentItemVersions()).contains("2020");
        assertThat(catalog.elementConditions("1999")).isEmpty();
        assertThat(catalog.contentItems("1999")).isEmpty();
    }

    @Test
    void theTwentyTwentyThresholdsJudgeFiguresByTheirOperator() {
        ElementConditionSet set = catalog.elementConditions("2020").orElseThrow();
        Threshold nc = set.forMode("DISCRETE").orElseThrow().conditions().get(2).threshold().orElseThrow();
        Threshold dataAcquisition = set.forMode("PROCESS").orElseThrow().conditions().get(1).threshold().orElseThrow();

        assertThat(nc.isMet(new BigDecimal("70"))).isFalse();
        assertThat(nc.isMet(new BigDecimal("70.1"))).isTrue();
        assertThat(dataAcquisition.isMet(new BigDecimal("90.0"))).isTrue();
        assertThat(dataAcquisition.isMet(new BigDecimal("89.9"))).isFalse();
    }

    @Test
    void contentItemsAreGroupedByModeAndNewTechnology() {
        ContentItemSet set = catalog.contentItems("2020").orElseThrow();

        assertThat(set.title()).isEqualTo("项目内容具体要求");
        assertThat(set.forMode("OTHER")).isEmpty();
        assertThat(set.forNewTechnology("FIVE_G")).isEmpty();
        ContentItemSet.Group ai = set.forNewTechnology("AI").orElseThrow();
        assertThat(ai.name()).isEqualTo("人工智能");
        assertThat(ai.heading()).isEqualTo("新技术二：人工智能创新应用");
        assertThat(ai.items().get(0)).isEqualTo(new ContentItemSet.Item(1, "关键制造装备集成应用人工智能技术情况",
                "请描述关键制造装备集成应用计算机视听觉、生物特征识别、复杂环境识别、智能语音处理、自然语言理解、智能决策控制以及新型人机交互等人工智能新技术的情况，以及在自感知、自学习、自适应、自控制等方面性能和智能化水平的提升情况。"));
    }
}
