package cn.gov.hubei.jxt.pilot.reference;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public JSON API, called without logging in. */
@IntegrationTest
class ReferenceApiTest {

    @Autowired
    MockMvc mvc;

    String body(String uri, int expectedStatus, MediaType expectedType) throws Exception {
        return mvc.perform(get(uri).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().is(expectedStatus))
                .andExpect(content().contentTypeCompatibleWith(expectedType))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String json(String uri) throws Exception {
        return body(uri, 200, MediaType.APPLICATION_JSON);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ReferenceApiTest.class.getResourceAsStream("/reference/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void listsTheDivisionsInTheOfficialOrder() throws Exception {
        assertThat(json("/api/v1/reference/divisions")).isEqualTo("""
                [{"code":"420100","name":"武汉市"},{"code":"420200","name":"黄石市"},{"code":"420300","name":"十堰市"},\
                {"code":"420500","name":"宜昌市"},{"code":"420600","name":"襄阳市"},{"code":"420700","name":"鄂州市"},\
                {"code":"420800","name":"荆门市"},{"code":"420900","name":"孝感市"},{"code":"421000","name":"荆州市"},\
                {"code":"421100","name":"黄冈市"},{"code":"421200","name":"咸宁市"},{"code":"421300","name":"随州市"},\
                {"code":"422800","name":"恩施土家族苗族自治州"},{"code":"429004","name":"仙桃市"},\
                {"code":"429005","name":"潜江市"},{"code":"429006","name":"天门市"},{"code":"429021","name":"神农架林区"}]""");
    }

    @Test
    void listsModesNewTechnologiesIndicatorsAndIndustries() throws Exception {
        assertThat(json("/api/v1/reference/modes")).isEqualTo("""
                [{"code":"DISCRETE","name":"离散型智能制造"},{"code":"PROCESS","name":"流程型智能制造"},\
                {"code":"NETWORKED","name":"网络协同制造"},{"code":"CUSTOMIZATION","name":"大规模个性化定制"},\
                {"code":"REMOTE_OM","name":"远程运维服务"},{"code":"OTHER","name":"其他"}]""");
        assertThat(json("/api/v1/reference/new-technologies")).isEqualTo("""
                [{"code":"INDUSTRIAL_INTERNET","name":"工业互联网"},{"code":"AI","name":"人工智能"},\
                {"code":"FIVE_G","name":"5G"}]""");
        assertThat(json("/api/v1/reference/indicators")).isEqualTo("""
                [{"code":"OPERATING_COST","name":"运营成本降低","subject":"运营成本","direction":"DECREASE"},\
                {"code":"DEVELOPMENT_CYCLE","name":"产品研制周期缩短","subject":"产品研制周期","direction":"DECREASE"},\
                {"code":"PRODUCTION_EFFICIENCY","name":"生产效率提高","subject":"生产效率","direction":"INCREASE"},\
                {"code":"DEFECT_RATE","name":"产品不良品率降低","subject":"产品不良品率","direction":"DECREASE"},\
                {"code":"ENERGY_UTILISATION","name":"能源利用率提高","subject":"能源利用率","direction":"INCREASE"}]""");
        assertThat(json("/api/v1/reference/industries")).isEqualTo("""
                [{"code":"AUTOMOTIVE","name":"汽车"},{"code":"ELECTRONIC_INFORMATION","name":"电子信息"},\
                {"code":"HIGH_END_CNC_MACHINE","name":"高档数控机床"},{"code":"BIOMEDICINE","name":"生物医药"},\
                {"code":"HIGH_END_EQUIPMENT","name":"高端装备"},{"code":"FOOD","name":"食品"},\
                {"code":"TEXTILE","name":"纺织"},{"code":"NEW_MATERIALS","name":"新材料"},{"code":"OTHER","name":"其他"}]""");
    }

    @Test
    void listsTheProvincesByPrefix() throws Exception {
        String provinces = json("/api/v1/reference/provinces");
        assertThat(provinces).startsWith("[{\"prefix\":\"11\",\"name\":\"北京市\"},{\"prefix\":\"12\",\"name\":\"天津市\"},")
                .endsWith("{\"prefix\":\"81\",\"name\":\"香港特别行政区\"},{\"prefix\":\"82\",\"name\":\"澳门特别行政区\"}]");
        assertThat(provinces.split("\"prefix\"")).hasSize(35);
    }

    @Test
    void givesTheElementConditionsOf2020WithThresholds() throws Exception {
        mvc.perform(get("/api/v1/reference/element-conditions").param("version", "2020"))
                .andExpect(status().isOk())
                .andExpect(content().json(resource("element-conditions-2020.json"), JsonCompareMode.STRICT));
        assertThat(json("/api/v1/reference/element-conditions?version=2020")).contains("""
                {"number":3,"text":"采用先进控制系统，工厂自控投用率达到90%以上，关键生产环节实现基于模型的先进控制和在线优化。",\
                "threshold":{"metric":"PLANT_AUTO_CONTROL_RATE","metricName":"工厂自控投用率","operator":"GE","value":90,"unit":"%"}}""")
                .contains("{\"number\":1,\"text\":\"车间/工厂的总体设计、工艺流程及布局建立数字化模型，并进行模拟仿真，实现规划、生产、运营全流程数字化管理。\",\"threshold\":null}");
        assertThat(json("/api/v1/reference/element-conditions/versions")).isEqualTo("[\"2020\"]");
    }

    @Test
    void givesTheContentItemsOf2020() throws Exception {
        mvc.perform(get("/api/v1/reference/content-items").param("version", "2020"))
                .andExpect(status().isOk())
                .andExpect(content().json(resource("content-items-2020.json"), JsonCompareMode.STRICT));
        assertThat(json("/api/v1/reference/content-items/versions")).isEqualTo("[\"2020\"]");
    }

    @Test
    void answersAnUnknownVersionWithNotFoundProblem() throws Exception {
        assertThat(body("/api/v1/reference/element-conditions?version=1999", 404, MediaType.APPLICATION_PROBLEM_JSON))
                .isEqualTo("""
                        {"detail":"要素条件没有“1999”版本，现有版本：2020。","instance":"/api/v1/reference/element-conditions",\
                        "status":404,"title":"未找到该版本"}""");
        assertThat(body("/api/v1/reference/content-items?version=2019", 404, MediaType.APPLICATION_PROBLEM_JSON))
                .isEqualTo("""
                        {"detail":"项目内容具体要求没有“2019”版本，现有版本：2020。","instance":"/api/v1/reference/content-items",\
                        "status":404,"title":"未找到该版本"}""");
    }

    @Test
    void answersAMissingVersionWithBadRequestProblem() throws Exception {
        assertThat(body("/api/v1/reference/element-conditions", 400, MediaType.APPLICATION_PROBLEM_JSON))
                .isEqualTo("""
                        {"detail":"缺少参数version。","instance":"/api/v1/reference/element-conditions","status":400,\
                        "title":"请求参数有误","errors":[{"field":"version","message":"缺少参数version。"}]}""");
    }

    // ------------------------------------------------------------------------------------------ credit codes

    @Test
    void creditCodeOfAWuhanEnterpriseIsValidAndBelongsToWuhan() throws Exception {
        assertThat(json("/api/v1/reference/credit-codes/914201067000001AXU")).isEqualTo("""
                {"code":"914201067000001AXU","valid":true,"checkCharacterValid":true,"organizationCodeValid":true,\
                "divisionCode":"420100","divisionName":"武汉市","inHubei":true,\
                "message":"统一社会信用代码有效，登记机关所在地为武汉市。"}""");
    }

    @Test
    void creditCodesOfEnshiAndXiantaoBelongToTheirOwnDivisions() throws Exception {
        assertThat(json("/api/v1/reference/credit-codes/914228017000002B4R")).isEqualTo("""
                {"code":"914228017000002B4R","valid":true,"checkCharacterValid":true,"organizationCodeValid":true,\
                "divisionCode":"422800","divisionName":"恩施土家族苗族自治州","inHubei":true,\
                "message":"统一社会信用代码有效，登记机关所在地为恩施土家族苗族自治州。"}""");
        assertThat(json("/api/v1/reference/credit-codes/914290047000003C9Q")).isEqualTo("""
                {"code":"914290047000003C9Q","valid":true,"checkCharacterValid":true,"organizationCodeValid":true,\
                "divisionCode":"429004","divisionName":"仙桃市","inHubei":true,\
                "message":"统一社会信用代码有效，登记机关所在地为仙桃市。"}""");
    }

    @Test
    void creditCodeRegisteredByTheProvinceItselfHasNoDivision() throws Exception {
        assertThat(json("/api/v1/reference/credit-codes/914200007000004D3K")).isEqualTo("""
                {"code":"914200007000004D3K","valid":true,"checkCharacterValid":true,"organizationCodeValid":true,\
                "divisionCode":null,"divisionName":null,"inHubei":true,\
                "message":"统一社会信用代码有效，登记地在湖北省，但行政区划码420000不对应任何推荐单位，请按企业所在地选择推荐单位。"}""");
    }

    @Test
    void creditCodeFromBeijingSaysWhereItIsRegistered() throws Exception {
        assertThat(json("/api/v1/reference/credit-codes/91110108551385082Q")).isEqualTo("""
                {"code":"91110108551385082Q","valid":true,"checkCharacterValid":true,"organizationCodeValid":true,\
                "divisionCode":"110100","divisionName":null,"inHubei":false,\
                "message":"该代码登记地为北京市，不在湖北省。"}""");
    }

    @Test
    void creditCodeOfACentralAuthorityGivesItsAreaCode() throws Exception {
        assertThat(json("/api/v1/reference/credit-codes/911000007000005E8D")).isEqualTo("""
                {"code":"911000007000005E8D","valid":true,"checkCharacterValid":true,"organizationCodeValid":true,\
                "divisionCode":"100000","divisionName":null,"inHubei":false,\
                "message":"该代码的登记管理机关行政区划码为100000，不在湖北省。"}""");
    }

    @Test
    void creditCodeWithAWrongCheckCharacterIsInvalidWithoutNamingAnotherCharacter() throws Exception {
        assertThat(json("/api/v1/reference/credit-codes/91110108551385082A")).isEqualTo("""
                {"code":"91110108551385082A","valid":false,"checkCharacterValid":false,"organizationCodeValid":true,\
                "divisionCode":"110100","divisionName":null,"inHubei":false,\
                "message":"统一社会信用代码无效：第18位校验码与前17位不符，请对照营业执照逐位核对。"}""");
    }

    @Test
    void creditCodeWithAWrongOrganizationCodeCheckNamesPosition17() throws Exception {
        assertThat(json("/api/v1/reference/credit-codes/914201067000001A5H")).isEqualTo("""
                {"code":"914201067000001A5H","valid":false,"checkCharacterValid":true,"organizationCodeValid":false,\
                "divisionCode":"420100","divisionName":"武汉市","inHubei":true,\
                "message":"统一社会信用代码无效：第9至17位（组织机构代码）的校验码不符，请对照营业执照逐位核对。"}""");
    }

    @Test
    void creditCodeWithBothChecksWrongAsksToLookForATypingError() throws Exception {
        assertThat(json("/api/v1/reference/credit-codes/914201067000001A5U")).isEqualTo("""
                {"code":"914201067000001A5U","valid":false,"checkCharacterValid":false,"organizationCodeValid":false,\
                "divisionCode":"420100","divisionName":"武汉市","inHubei":true,\
                "message":"校验码错误：第17位（组织机构代码校验码）和第18位都与前面的字符不符，请核对代码是否抄写有误。"}""");
    }

    @Test
    void creditCodeOfTheWrongLengthSaysHowLongItIs() throws Exception {
        assertThat(json("/api/v1/reference/credit-codes/9111010855138508")).isEqualTo("""
                {"code":"9111010855138508","valid":false,"checkCharacterValid":false,"organizationCodeValid":false,\
                "divisionCode":null,"divisionName":null,"inHubei":false,\
                "message":"统一社会信用代码应为18位，当前为16位。"}""");
    }

    @Test
    void creditCodeWithForbiddenLettersNamesTheFirst() throws Exception {
        assertThat(json("/api/v1/reference/credit-codes/91110108551385O82Q")).isEqualTo("""
                {"code":"91110108551385O82Q","valid":false,"checkCharacterValid":false,"organizationCodeValid":false,\
                "divisionCode":null,"divisionName":null,"inHubei":false,\
                "message":"统一社会信用代码第15位“O”不是允许的字符（只能使用数字和除I、O、S、V、Z以外的大写字母）。"}""");
        assertThat(json("/api/v1/reference/credit-codes/9111010855138I0O2Q")).contains(
                "\"message\":\"统一社会信用代码有2个字符不允许使用，第一个是第14位“I”（只能使用数字和除I、O、S、V、Z以外的大写字母）。\"");
    }

    @Test
    void creditCodeIsReadInUpperCase() throws Exception {
        assertThat(json("/api/v1/reference/credit-codes/91110108551385082q"))
                .startsWith("{\"code\":\"91110108551385082Q\",\"valid\":true,");
    }

    @Test
    void creditCodeCheckSaysWhenNothingWasEntered() throws Exception {
        String body = mvc.perform(get("/api/v1/reference/credit-codes/{code}", "  ").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).isEqualTo("""
                {"code":"","valid":false,"checkCharacterValid":false,"organizationCodeValid":false,\
                "divisionCode":null,"divisionName":null,"inHubei":false,\
                "message":"请输入统一社会信用代码。"}""");
    }
}
