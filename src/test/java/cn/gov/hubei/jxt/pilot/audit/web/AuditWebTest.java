package cn.gov.hubei.jxt.pilot.audit.web;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditEntry;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditEntrySearch;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditWebTest {

    private static final String CSV_HEADER = "序号,时间,操作人,角色,客户端地址,操作,对象类型,对象标识,结果,详情\r\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditEntrySearch search;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"OFFICER", "SYSTEM_ADMIN", "SECURITY_ADMIN", "APPLICANT"})
    void onlyTheAuditAdministratorReachesTheTrail(String role) throws Exception {
        RequestPostProcessor someone = user("someone").roles(role);
        mvc.perform(get("/audit").with(someone)).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export.csv").with(someone)).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verify").with(someone).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries").with(someone)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/auditchain").with(someone)).andExpect(status().isForbidden());
    }

    @Test
    void theAuditAdministratorReachesPageExportAndApi() throws Exception {
        mvc.perform(get("/audit").with(auditor())).andExpect(status().isOk());
        mvc.perform(get("/audit/export.csv").param("action", "test.none-" + UUID.randomUUID()).with(auditor()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/entries").with(auditor())).andExpect(status().isOk());
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
    }

    @Test
    void showsAnEntryWithShanghaiTimeChineseRoleAndOutcomeAndIndentedDetails() throws Exception {
        clock.set(LocalDateTime.of(2031, 5, 6, 7, 8, 9, 500_000_000));
        String targetId = UUID.randomUUID().toString();
        trail.record(AuditRecord.of("test.page-view").target("application", targetId).outcome(AuditOutcome.DENIED)
                .actor("page-actor", "OFFICER").clientAddress("10.0.0.8").detail("reason", "超出权限").build());

        mvc.perform(get("/audit").param("targetType", "application").param("targetId", targetId).with(auditor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2031-05-06 07:08:09")))
                .andExpect(content().string(containsString("page-actor")))
                .andExpect(content().string(containsString("<td class=\"text-nowrap\">省经信厅</td>")))
                .andExpect(content().string(containsString("10.0.0.8")))
                .andExpect(content().string(containsString("<td class=\"text-wrap-anywhere\">test.page-view</td>")))
                .andExpect(content().string(containsString("申报书（编号 " + targetId + "）")))
                .andExpect(content().string(containsString(">拒绝</span>")))
                .andExpect(content().string(containsString("{\n  &quot;reason&quot; : &quot;超出权限&quot;\n}")));
    }

    @Test
    void showsActionsObjectsActorsAndRolesInPeoplesWords() throws Exception {
        clock.set(LocalDateTime.of(2031, 5, 7, 8, 0, 0));
        long officer = jdbc.sql("select id from user_account where username = 'officer'").query(Long.class).single();
        String address = "10.9." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
        trail.record(AuditRecord.of("identity.login").target("user_account", officer).actor("officer", "OFFICER")
                .clientAddress(address).build());
        trail.record(AuditRecord.of("identity.login").target("user_account", 987654321L)
                .outcome(AuditOutcome.FAILURE).actor("anonymous", null).clientAddress(address).build());

        String page = mvc.perform(get("/audit").param("action", "identity.login").with(auditor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String known = row(page, address, "成功");
        assertThat(known).contains("<td class=\"text-nowrap\">officer</td>")
                .contains("<td class=\"text-nowrap\">省经信厅</td>")
                .contains("<td class=\"text-wrap-anywhere\">登录</td>")
                .contains("<td class=\"text-wrap-anywhere\">账号：" + jdbc.sql(
                        "select display_name from user_account where id = :id").param("id", officer)
                        .query(String.class).single() + " (officer)</td>")
                .doesNotContain("identity.login").doesNotContain("user_account");
        String unknown = row(page, address, "失败");
        assertThat(unknown).contains("<td class=\"text-nowrap\">匿名</td>")
                .contains("<td class=\"text-nowrap\">未登录访客</td>")
                .contains("<td class=\"text-wrap-anywhere\">账号（编号 987654321）</td>")
                .doesNotContain("anonymous");
    }

    /** The table row of the page with this client address and outcome. */
    private static String row(String page, String address, String outcome) {
        for (String row : page.split("<tr>")) {
            if (row.contains(">" + address + "<") && row.contains(">" + outcome + "</span>")) {
                return row.substring(0, row.indexOf("</tr>"));
            }
        }
        throw new AssertionError("no row with " + address + " and " + outcome + " in " + page);
    }

    @Test
    void exportsExactlyTheFilteredEntriesAsExcelReadyCsvAndRecordsTheExport() throws Exception {
        clock.set(LocalDateTime.of(2031, 5, 6, 7, 8, 9));
        String targetId = UUID.randomUUID().toString();
        trail.record(AuditRecord.of("test.csv-export").target("application", targetId)
                .actor("csv-actor", "OFFICER").clientAddress("10.0.0.7")
                .detail("b", "x,y").detail("a", 1).build());
        trail.record(AuditRecord.of("test.csv-export").target("application", targetId).outcome(AuditOutcome.FAILURE)
                .actor("=HYPERLINK(\"http://example.com\")", null).build());
        List<AuditEntry> entries = search.newestFirst(
                new AuditQuery(null, null, null, null, "application", targetId, null), 0, 10);
        long first = entries.get(1).seq();
        long second = entries.get(0).seq();
        String exporter = "exporter-" + UUID.randomUUID();

        MvcResult result = mvc.perform(get("/audit/export.csv").param("targetType", "application")
                        .param("targetId", targetId).with(user(exporter).roles("AUDIT_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        containsString("filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97-20310506-070809.csv")))
                .andReturn();

        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + CSV_HEADER
                + first + ",2031-05-06 07:08:09,csv-actor,省经信厅,10.0.0.7,test.csv-export,application," + targetId
                + ",成功,\"{\"\"a\"\":1,\"\"b\"\":\"\"x,y\"\"}\"\r\n"
                + second + ",2031-05-06 07:08:09,\"'=HYPERLINK(\"\"http://example.com\"\")\",,127.0.0.1,test.csv-export,"
                + "application," + targetId + ",失败,{}\r\n");

        AuditEntry export = search.newestFirst(new AuditQuery(null, null, exporter, "audit.exported", null, null,
                null), 0, 10).get(0);
        assertThat(export.role()).isEqualTo("AUDIT_ADMIN");
        assertThat(export.details()).isEqualTo("{\"filters\":{\"targetId\":\"" + targetId
                + "\",\"targetType\":\"application\"}}");
    }

    @Test
    void filtersByActionPrefixOutcomeActorAndTarget() throws Exception {
        String prefix = "test.filter-" + UUID.randomUUID();
        trail.record(AuditRecord.of(prefix + ".approved").target("call", "2031").actor("li", "OFFICER").build());
        trail.record(AuditRecord.of(prefix + ".rejected").target("call", "2032").actor("li", "OFFICER")
                .outcome(AuditOutcome.FAILURE).build());
        trail.record(AuditRecord.of(prefix + ".rejected").target("call", "2033").actor("zhao", "OFFICER")
                .outcome(AuditOutcome.FAILURE).build());

        mvc.perform(get("/api/v1/audit/entries").param("action", prefix).with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(3))
                .andExpect(jsonPath("$.entries[0].targetId").value("2033"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.hasNext").value(false));
        mvc.perform(get("/api/v1/audit/entries").param("action", prefix + ".rej").param("outcome", "FAILURE")
                        .param("actor", "li").with(auditor()))
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].targetId").value("2032"))
                .andExpect(jsonPath("$.entries[0].role").value("OFFICER"))
                .andExpect(jsonPath("$.entries[0].outcome").value("FAILURE"))
                .andExpect(jsonPath("$.entries[0].hash").isString());
        mvc.perform(get("/api/v1/audit/entries").param("action", prefix).param("targetType", "call")
                        .param("targetId", "2031").with(auditor()))
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].action").value(prefix + ".approved"));
        // The prefix is literal: an underscore or percent sign is not a wildcard.
        mvc.perform(get("/api/v1/audit/entries").param("action", prefix.replace("-", "_")).with(auditor()))
                .andExpect(jsonPath("$.entries.length()").value(0));
        mvc.perform(get("/audit").param("action", prefix + ".rej").with(auditor()))
                .andExpect(content().string(containsString(">" + prefix + ".rejected</td>")))
                .andExpect(content().string(not(containsString(">" + prefix + ".approved</td>"))))
                .andExpect(content().string(containsString("<option value=\"" + prefix + ".approved\" label=\"" + prefix
                        + ".approved\">")));
    }

    @Test
    void filtersByCalendarDaysInShanghaiBothInclusive() throws Exception {
        String action = "test.days-" + UUID.randomUUID();
        clock.set(LocalDateTime.of(2032, 2, 29, 23, 59, 59, 999_999_000));
        trail.record(AuditRecord.of(action).target("day", "leap").build());
        clock.set(LocalDateTime.of(2032, 3, 1, 0, 0));
        trail.record(AuditRecord.of(action).target("day", "march").build());

        mvc.perform(get("/api/v1/audit/entries").param("action", action).param("from", "2032-02-29")
                        .param("to", "2032-02-29").with(auditor()))
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].targetId").value("leap"))
                .andExpect(jsonPath("$.entries[0].occurredAt").value("2032-02-29T23:59:59.999999+08:00"));
        mvc.perform(get("/api/v1/audit/entries").param("action", action).param("from", "2032-03-01")
                        .with(auditor()))
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].targetId").value("march"));
        mvc.perform(get("/api/v1/audit/entries").param("action", action).param("to", "2032-02-28")
                        .with(auditor()))
                .andExpect(jsonPath("$.entries.length()").value(0));
    }

    @Test
    void pagesFiftyEntriesNewestFirst() throws Exception {
        String action = "test.paging-" + UUID.randomUUID();
        for (int i = 1; i <= 51; i++) {
            trail.record(AuditRecord.of(action).detail("n", i).build());
        }
        mvc.perform(get("/api/v1/audit/entries").param("action", action).with(auditor()))
                .andExpect(jsonPath("$.entries.length()").value(50))
                .andExpect(jsonPath("$.entries[0].details.n").value(51))
                .andExpect(jsonPath("$.hasNext").value(true));
        mvc.perform(get("/api/v1/audit/entries").param("action", action).param("page", "2").with(auditor()))
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].details.n").value(1))
                .andExpect(jsonPath("$.hasNext").value(false));
        mvc.perform(get("/audit").param("action", action).with(auditor()))
                .andExpect(content().string(containsString("href=\"/audit?action=" + action + "&amp;page=2\"")))
                .andExpect(content().string(containsString("第 1 页")));
    }

    @Test
    void refusesAnEndBeforeTheStartWithAChineseMessageBesideTheField() throws Exception {
        mvc.perform(get("/audit").param("from", "2031-03-02").param("to", "2031-03-01").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"to-error\">结束日期不能早于开始日期。</div>")));
        mvc.perform(get("/audit").param("from", "2031-13-01").with(auditor()))
                .andExpect(content().string(containsString("开始日期格式不正确")));
        mvc.perform(get("/audit/export.csv").param("from", "2031-03-02").param("to", "2031-03-01").with(auditor()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("结束日期不能早于开始日期。")));
        mvc.perform(get("/api/v1/audit/entries").param("from", "2031-03-02").param("to", "2031-03-01")
                        .param("page", "0").with(auditor()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("查询条件有误"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'to')].message").value("结束日期不能早于开始日期。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'page')].message").value("页码不能小于 1。"));
    }

    @Test
    void theVerifyButtonShowsTheResultAndRecordsTheVerification() throws Exception {
        String auditor = "auditor-" + UUID.randomUUID();
        MvcResult result = mvc.perform(post("/audit/verify").with(user(auditor).roles("AUDIT_ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/audit"))
                .andReturn();
        AuditChainVerification verification = (AuditChainVerification) result.getFlashMap().get("verification");
        assertThat(verification.intact()).isTrue();
        assertThat(verification.firstBrokenSeq()).isNull();

        AuditEntry recorded = search.newestFirst(new AuditQuery(null, null, auditor, "audit.chain-verified", null,
                null, null), 0, 10).get(0);
        assertThat(recorded.role()).isEqualTo("AUDIT_ADMIN");
        assertThat(recorded.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(recorded.targetType()).isEqualTo("audit-chain");
        assertThat(recorded.targetId()).isEqualTo(String.valueOf(verification.headSeq()));
        assertThat(recorded.details()).isEqualTo("{\"checkedEntries\":" + verification.checkedEntries()
                + ",\"fromSeq\":1,\"headHash\":\"" + verification.headHash() + "\",\"headSeq\":"
                + verification.headSeq() + ",\"intact\":true}");

        // The redirected page reads the result from the session (kept in the database), as a browser would.
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/audit").cookie(session).with(user(auditor).roles("AUDIT_ADMIN")))
                .andExpect(content().string(containsString("alert alert-success")))
                .andExpect(content().string(containsString("哈希链完整：已校验 " + verification.checkedEntries()
                        + " 条记录（第 1 条至第 " + verification.headSeq() + " 条）")))
                .andExpect(content().string(containsString(verification.headHash())));
    }

    @Test
    void theActuatorEndpointReportsTheChain() throws Exception {
        mvc.perform(get("/actuator/auditchain").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.fromSeq").value(1))
                .andExpect(jsonPath("$.firstBrokenSeq").doesNotExist())
                .andExpect(jsonPath("$.headHash").isString());
    }

    @Test
    void documentsTheApiInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/audit/entries'].get.parameters[?(@.name == 'targetId')]").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit/entries'].get.parameters[?(@.name == 'page')]").exists());
    }

    private static RequestPostProcessor auditor() {
        return user("auditor").roles("AUDIT_ADMIN");
    }
}
