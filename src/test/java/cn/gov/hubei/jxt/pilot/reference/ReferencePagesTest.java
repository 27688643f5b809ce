package cn.gov.hubei.jxt.pilot.reference;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The read-only pages, opened without logging in. */
@IntegrationTest
class ReferencePagesTest {

    @Autowired
    MockMvc mvc;

    String page(String uri) throws Exception {
        return mvc.perform(get(uri)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void indexLinksEveryKindOfReferenceData() throws Exception {
        assertThat(page("/reference"))
                .contains("<title>参考数据 · 湖北省智能制造试点示范项目管理系统</title>")
                .contains("href=\"/reference/divisions\"", "href=\"/reference/modes\"",
                        "href=\"/reference/element-conditions\"", "href=\"/reference/content-items\"",
                        "href=\"/reference/indicators\"", "href=\"/reference/industries\"")
                .contains("各智能制造模式的要素条件（附件1），现有版本：2020。");
    }

    @Test
    void divisionsPageListsDivisionsAndProvinces() throws Exception {
        assertThat(page("/reference/divisions"))
                .contains("<code>420100</code>", "武汉市", "<code>429021</code>", "神农架林区", "恩施土家族苗族自治州")
                .contains("<code>82</code>", "澳门特别行政区")
                .contains("湖北省没有420400这一代码")
                .contains("aria-current=\"page\"");
    }

    @Test
    void modesPageListsModesAndNewTechnologies() throws Exception {
        assertThat(page("/reference/modes"))
                .contains("离散型智能制造", "远程运维服务", "其他", "工业互联网", "5G")
                .doesNotContain("DISCRETE", "REMOTE_OM", "OTHER", "INDUSTRIAL_INTERNET", "FIVE_G", "<code>");
    }

    @Test
    void elementConditionsPageShowsEveryConditionAndHighlightsThresholds() throws Exception {
        String html = page("/reference/element-conditions/2020");

        assertThat(html)
                .contains("<h1 class=\"h3 text-wrap-anywhere\">2020年智能制造试点示范项目要素条件</h1>")
                .contains("（一）离散型智能制造", "（五）远程运维服务")
                .contains("建立信息安全管理制度，具备信息安全防护能力。")
                .contains("通过持续改进，建立高效、安全的智能服务系统")
                .contains("量化指标：制造装备数控化率应超过70%")
                .contains("量化指标：生产工艺数据自动数采率应达到90%以上")
                .contains("量化指标：工厂自控投用率应达到90%以上")
                .contains("新技术创新应用要素条件");
        assertThat(html.split("class=\"table-warning\"")).hasSize(4);
        assertThat(html).contains("text-wrap-anywhere").contains("table table-sm table-striped");
    }

    @Test
    void elementConditionVersionsPageLinksEachVersion() throws Exception {
        assertThat(page("/reference/element-conditions")).contains("href=\"/reference/element-conditions/2020\"", "2020年版");
        assertThat(page("/reference/content-items")).contains("href=\"/reference/content-items/2020\"", "2020年版");
    }

    @Test
    void contentItemsPageShowsEveryGroup() throws Exception {
        assertThat(page("/reference/content-items/2020"))
                .contains("项目内容具体要求（2020年版）")
                .contains("模式一：离散型智能制造试点示范项目", "模式五：远程运维服务试点示范项目")
                .contains("新技术一：工业互联网创新应用", "新技术二：人工智能创新应用")
                .contains("产品全生命周期过程中应用人工智能技术的情况");
    }

    @Test
    void indicatorsAndIndustriesPagesListThem() throws Exception {
        assertThat(page("/reference/indicators"))
                .contains("运营成本降低", "能源利用率提高", "越低越好（下降即为改进）", "越高越好（提高即为改进）")
                .doesNotContain("OPERATING_COST", "DECREASE", "<code>");
        assertThat(page("/reference/industries")).contains("高档数控机床", "新材料", "其他")
                .doesNotContain("AUTOMOTIVE", "OTHER", "<code>");
    }

    @Test
    void unknownVersionIsNotFound() throws Exception {
        mvc.perform(get("/reference/element-conditions/1999")).andExpect(status().isNotFound());
        mvc.perform(get("/reference/content-items/1999")).andExpect(status().isNotFound());
    }
}
