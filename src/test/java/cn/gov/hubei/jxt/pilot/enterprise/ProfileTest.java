package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseFixtures.Staff;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 企业基本信息 (附件3 一(一)): every rule, the page and the API, the optimistic version and the audit trail. */
@EnterpriseIntegrationTest
class ProfileTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String CJK = "智";
    static final String EMOJI = "\uD83D\uDE00";

    @Autowired MockMvc mvc;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    EnterpriseFixtures fixtures;
    Staff staff;
    Cookie session;

    @BeforeEach
    void anEnterpriseWithItsManagerLoggedIn() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        fixtures = new EnterpriseFixtures(mvc, enterprises, users, jdbc);
        staff = fixtures.anEnterpriseWithItsManager();
        session = fixtures.login(staff.username());
    }

    static Map<String, Object> aValidProfile() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("foundedOn", "2008-03-18");
        p.put("nature", "PRIVATE");
        p.put("address", "湖北省宜昌市西陵区发展大道1号");
        p.put("contactName", "李明");
        p.put("contactTitle", "总经理");
        p.put("contactPhone", "0717-1234567");
        p.put("contactMobile", "13972000001");
        p.put("contactFax", null);
        p.put("contactEmail", "liming@example.com");
        p.put("totalAssets", new BigDecimal("12345.67"));
        p.put("debtRatio", new BigDecimal("45.5"));
        p.put("creditRating", "AAA");
        p.put("lastYearSales", new BigDecimal("8000.5"));
        p.put("lastYearTax", new BigDecimal("320"));
        p.put("lastYearProfit", new BigDecimal("-120.25"));
        p.put("integrationManagementPilot", true);
        p.put("smartManufacturingProject", false);
        p.put("smartManufacturingProjectName", null);
        p.put("introduction", "宜昌精工智造有限公司专业从事数控机床关键部件的研发和制造。");
        return p;
    }

    static Map<String, Object> with(String field, Object value) {
        Map<String, Object> p = aValidProfile();
        p.put(field, value);
        return p;
    }

    ResultActions putProfile(Map<String, Object> profile, String ifMatch) throws Exception {
        var request = put("/api/v1/enterprises/me/profile").cookie(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(profile));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("totalAssets", new BigDecimal("12.345"), "总资产最多保留两位小数。"),
                Arguments.of("totalAssets", new BigDecimal("-0.01"), "总资产不能为负数。"),
                Arguments.of("lastYearSales", new BigDecimal("-1"), "上年销售不能为负数。"),
                Arguments.of("lastYearTax", new BigDecimal("0.001"), "上年税金最多保留两位小数。"),
                Arguments.of("lastYearProfit", new BigDecimal("-0.125"), "上年利润最多保留两位小数。"),
                Arguments.of("totalAssets", null, "请填写总资产。"),
                Arguments.of("debtRatio", new BigDecimal("100.1"), "负债率应在0至100之间。"),
                Arguments.of("debtRatio", new BigDecimal("-0.1"), "负债率应在0至100之间。"),
                Arguments.of("debtRatio", new BigDecimal("45.55"), "负债率最多保留一位小数。"),
                Arguments.of("contactPhone", "87654321",
                        "电话应为带区号的固定电话，如 027-87654321 或 0717-1234567，分机号用“-”接在后面，如 027-87654321-8001。"),
                Arguments.of("contactPhone", "027-8765432",
                        "电话应为带区号的固定电话，如 027-87654321 或 0717-1234567，分机号用“-”接在后面，如 027-87654321-8001。"),
                Arguments.of("contactPhone", "13972000001",
                        "电话应为带区号的固定电话，如 027-87654321 或 0717-1234567，分机号用“-”接在后面，如 027-87654321-8001。"),
                Arguments.of("contactFax", "0717-123",
                        "传真应为带区号的固定电话，如 027-87654321 或 0717-1234567，分机号用“-”接在后面，如 027-87654321-8001。"),
                Arguments.of("contactMobile", "1397200000", "手机号码应为11位数字，以13至19开头，如 13912345678。"),
                Arguments.of("contactMobile", "12972000001", "手机号码应为11位数字，以13至19开头，如 13912345678。"),
                Arguments.of("contactMobile", "027-87654321", "手机号码应为11位数字，以13至19开头，如 13912345678。"),
                Arguments.of("contactEmail", "liming@", "电子邮箱格式不正确，应形如 name@example.com。"),
                Arguments.of("foundedOn", "2026-06-02", "成立时间不能晚于今天（2026-06-01）。"),
                Arguments.of("foundedOn", null, "请填写成立时间。"),
                Arguments.of("nature", null, "请选择企业性质：国有、民营或三资。"),
                Arguments.of("address", "  ", "请填写单位地址。"),
                Arguments.of("creditRating", "A".repeat(21), "信用等级最多 20 个字，当前为 21 个字。"),
                Arguments.of("integrationManagementPilot", null, "请选择是否是两化融合管理体系贯标试点企业。"),
                Arguments.of("introduction", CJK.repeat(401), "企业简介最多 400 个字，当前为 401 个字。"),
                Arguments.of("introduction", CJK.repeat(400) + EMOJI, "企业简介最多 400 个字，当前为 401 个字。"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @MethodSource("refusals")
    void eachRuleIsEnforcedWithAMessageBesideItsField(String field, Object value, String message) throws Exception {
        putProfile(with(field, value), "0")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
        assertThat(enterprises.profile(staff.enterpriseId()).orElseThrow().version()).isZero();
    }

    static Stream<Arguments> acceptedValues() {
        return Stream.of(
                Arguments.of("totalAssets", new BigDecimal("0"), "0.00"),
                Arguments.of("totalAssets", new BigDecimal("12.50"), "12.50"),
                Arguments.of("lastYearProfit", new BigDecimal("-99999.99"), "-99999.99"),
                Arguments.of("debtRatio", new BigDecimal("100"), "100.0"),
                Arguments.of("debtRatio", new BigDecimal("0"), "0.0"),
                Arguments.of("contactPhone", "027-87654321", "027-87654321"),
                Arguments.of("contactPhone", "0717-1234567", "0717-1234567"),
                Arguments.of("contactPhone", "027-87654321-8001", "027-87654321-8001"),
                Arguments.of("contactPhone", "０７１７－１２３４５６７", "0717-1234567"),
                Arguments.of("contactFax", "0717-7654321", "0717-7654321"),
                Arguments.of("creditRating", null, null),
                Arguments.of("introduction", CJK.repeat(400), CJK.repeat(400)),
                Arguments.of("introduction", CJK.repeat(399) + EMOJI, CJK.repeat(399) + EMOJI),
                Arguments.of("foundedOn", "2026-06-01", "2026-06-01"));
    }

    @ParameterizedTest(name = "{0} = {1} is accepted")
    @MethodSource("acceptedValues")
    void acceptedValuesAreStoredTidied(String field, Object value, String stored) throws Exception {
        putProfile(with(field, value), "0").andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        EnterpriseProfile profile = enterprises.profile(staff.enterpriseId()).orElseThrow();
        Object saved = switch (field) {
            case "totalAssets" -> profile.totalAssets();
            case "lastYearProfit" -> profile.lastYearProfit();
            case "debtRatio" -> profile.debtRatio();
            case "contactPhone" -> profile.contactPhone();
            case "contactFax" -> profile.contactFax();
            case "creditRating" -> profile.creditRating();
            case "introduction" -> profile.introduction();
            case "foundedOn" -> profile.foundedOn();
            default -> throw new IllegalArgumentException(field);
        };
        assertThat(saved == null ? null : saved instanceof BigDecimal d ? d.toPlainString() : saved.toString())
                .isEqualTo(stored);
    }

    @Test
    void aYesToTheSupportedProjectNeedsItsName() throws Exception {
        Map<String, Object> profile = with("smartManufacturingProject", true);
        putProfile(profile, "0").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("smartManufacturingProjectName"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("选择“是”时，请填写智能制造综合标准化与新模式应用支持的项目名称。"));
        profile.put("smartManufacturingProjectName", "高档数控机床智能工厂新模式应用");
        putProfile(profile, "0").andExpect(status().isOk());
        EnterpriseProfile saved = enterprises.profile(staff.enterpriseId()).orElseThrow();
        assertThat(saved.smartManufacturingProject()).isTrue();
        assertThat(saved.smartManufacturingProjectName()).isEqualTo("高档数控机床智能工厂新模式应用");
    }

    @Test
    void theApiReadsAndSavesWithTheVersionAndRefusesAStaleOne() throws Exception {
        mvc.perform(get("/api/v1/enterprises/me/profile").cookie(session))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.creditCode").value(staff.creditCode()))
                .andExpect(jsonPath("$.divisionCode").value("420500"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.foundedOn").doesNotExist());

        putProfile(aValidProfile(), null).andExpect(status().isPreconditionRequired());
        putProfile(aValidProfile(), "0").andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.totalAssets").value(12345.67))
                .andExpect(jsonPath("$.nature").value("PRIVATE"));
        putProfile(with("debtRatio", new BigDecimal("50")), "\"0\"")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("企业基本信息在第 0 版之后已被他人保存，本次未保存。请重新读取后再修改。"));
        assertThat(enterprises.profile(staff.enterpriseId()).orElseThrow().debtRatio()).isEqualByComparingTo("45.5");

        putProfile(with("debtRatio", new BigDecimal("50")), "W/\"1\"").andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
        EnterpriseProfile profile = enterprises.profile(staff.enterpriseId()).orElseThrow();
        assertThat(profile.version()).isEqualTo(2);
        assertThat(profile.debtRatio()).isEqualByComparingTo("50.0");
        assertThat(profile.foundedOn()).isEqualTo(LocalDate.of(2008, 3, 18));
    }

    @Test
    void eachSaveIsAuditedWithTheFieldsItChanged() throws Exception {
        putProfile(aValidProfile(), "0").andExpect(status().isOk());
        // every field but the two left empty (传真, 项目名称)
        assertThat(changedFields()).isEqualTo(17);
        putProfile(with("debtRatio", new BigDecimal("50")), "1").andExpect(status().isOk());
        assertThat(changedFields()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select cast(details as jsonb) -> 'changes' -> 'debtRatio' ->> 'before' || ' -> '
                            || (cast(details as jsonb) -> 'changes' -> 'debtRatio' ->> 'after')
                        from audit_entry where target_type = 'enterprise' and target_id = :id
                        and action = 'enterprise.profile-saved' order by seq desc limit 1""")
                .param("id", String.valueOf(staff.enterpriseId())).query(String.class).single())
                .isEqualTo("45.5 -> 50.0");
        assertThat(fixtures.auditDetail(staff.enterpriseId(), "enterprise.profile-saved", "version")).isEqualTo("2");
    }

    private int changedFields() {
        return jdbc.sql("""
                        select count(*) from jsonb_object_keys((
                            select cast(details as jsonb) -> 'changes' from audit_entry
                            where target_type = 'enterprise' and target_id = :id and action = 'enterprise.profile-saved'
                            order by seq desc limit 1))""")
                .param("id", String.valueOf(staff.enterpriseId())).query(Integer.class).single();
    }

    @Test
    void thePageSavesAndShowsTheVersion() throws Exception {
        mvc.perform(get("/enterprise/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(staff.creditCode())))
                .andExpect(content().string(containsString("/js/enterprise-profile.js")))
                .andExpect(content().string(containsString("data-max-chars=\"400\"")));
        mvc.perform(form(post("/enterprise/profile"), aValidProfile()).param("version", "0"))
                .andExpect(redirectedUrl("/enterprise/profile"));
        mvc.perform(get("/enterprise/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("企业基本信息已保存（第 1 版）。")))
                .andExpect(content().string(containsString("value=\"12345.67\"")));
    }

    @Test
    void thePageCountsLineBreaksAsTheCounterDoesAndShowsErrorsBesideTheFields() throws Exception {
        // A textarea posts \r\n; the counter in the browser sees \n: 200 + 1 + 199 characters is exactly 400.
        Map<String, Object> profile = with("introduction", CJK.repeat(200) + "\r\n" + CJK.repeat(199));
        mvc.perform(form(post("/enterprise/profile"), profile).param("version", "0"))
                .andExpect(redirectedUrl("/enterprise/profile"));

        Map<String, Object> wrong = with("totalAssets", "12.345");
        wrong.put("contactMobile", "139");
        mvc.perform(form(post("/enterprise/profile"), wrong).param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-error-summary")))
                .andExpect(content().string(containsString("href=\"#totalAssets\"")))
                .andExpect(content().string(containsString("id=\"totalAssets-error\"")))
                .andExpect(content().string(containsString("总资产最多保留两位小数。")))
                .andExpect(content().string(containsString("id=\"contactMobile-error\"")))
                .andExpect(content().string(containsString("value=\"12.345\"")));
    }

    @Test
    void aSaveFromAStaleFormShowsBothVersionsAndKeepsWhatWasTyped() throws Exception {
        putProfile(aValidProfile(), "0").andExpect(status().isOk());
        Map<String, Object> mine = with("address", "湖北省宜昌市伍家岗区城东大道8号");
        mvc.perform(form(post("/enterprise/profile"), mine).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本企业的其他人员保存了新的版本（第 1 版）")))
                .andExpect(content().string(containsString("湖北省宜昌市西陵区发展大道1号")))
                .andExpect(content().string(containsString("value=\"湖北省宜昌市伍家岗区城东大道8号\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(enterprises.profile(staff.enterpriseId()).orElseThrow().address())
                .isEqualTo("湖北省宜昌市西陵区发展大道1号");
    }

    @Test
    void onlyTheEnterprisesStaffSeeItsProfile() throws Exception {
        mvc.perform(get("/enterprise/profile").with(user("officer9").roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/enterprises/me/profile").with(user("officer9").roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/enterprises/me/profile")).andExpect(status().isUnauthorized());

        Staff other = fixtures.anEnterpriseWithItsManager();
        putProfile(aValidProfile(), "0").andExpect(status().isOk());
        mvc.perform(get("/api/v1/enterprises/me/profile").cookie(fixtures.login(other.username())))
                .andExpect(jsonPath("$.creditCode").value(other.creditCode()))
                .andExpect(jsonPath("$.version").value(0));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Map<String, Object> profile) {
        request.cookie(session).with(csrf());
        profile.forEach((field, value) -> {
            if (value != null) {
                request.param(field, value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
        });
        return request;
    }
}
