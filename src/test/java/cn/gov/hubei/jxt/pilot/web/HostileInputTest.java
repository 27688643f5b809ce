package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.Sessions;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Bad bytes and malformed requests, as testers and attackers sent them: NUL in every text field of every section
 * form, in other forms, in a login name, a user name, a file name and a part name; malformed row actions; list
 * indexes that are not numbers or far too large; JSON bodies of {@code null}, of the wrong type or with NUL in a
 * string, on every JSON endpoint that takes a body; audit filter dates out of any sane range. Each gets a 4xx with a
 * Chinese message, never a 5xx, and changes nothing: every table (but the sessions, the draft tokens each page view
 * issues and the mail outbox its sender works on) is the same after the request as before.
 */
@ApplicationIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final String NUL = "甲\u0000乙";
    static final String CONTROL_TEXT = "提交的内容中含有不可见的控制字符（例如 NUL），系统没有保存任何内容。";
    static final String INDEX_TEXT = "提交的表单行号无效，系统没有保存任何内容。";
    static final String ACTION_TEXT = "无法识别您点击的操作，系统没有保存任何内容。";
    static final String DATE_TEXT = "日期应在 2000-01-01 至 2100-12-31 之间。";
    static final Set<String> VOLATILE = Set.of("spring_session", "spring_session_attributes",
            "application_draft_token", "mail_outbox", "flyway_schema_history", "event_publication",
            "event_publication_archive");
    static final Pattern FIELD = Pattern.compile("<(?:input|textarea|select)\\b[^>]*?\\bname=\"([^\"]+)\"");
    static final Pattern TOKEN = Pattern.compile("name=\"draftToken\" value=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired JdbcClient jdbc;

    long id;
    CallSummary call;
    Cookie applicant;
    Cookie officer;
    Cookie auditor;
    Cookie sysadmin;
    Cookie wuhan;
    String digestQuery;

    /** One hostile request, the status it must get and a text its answer must hold ({@code null}: any). */
    record Attack(Supplier<RequestBuilder> request, int status, String text) {
    }

    @BeforeAll
    void anApplicantWithADraftAndTheOtherRoles() throws Exception {
        Filing filing = new Filing(mvc, calls, enterprises, users, clock);
        call = filing.openCall(3);
        Enterprise enterprise = filing.enterprise("420100");
        String username = filing.applicantOf(enterprise);
        applicant = filing.login(username);
        id = applications.create(call.id(), enterprise.id(), username).id();
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        Filing.save(applications, id, scope, SectionKey.BASIC, Filing.basic("恶意输入测试项目"), username);
        Filing.save(applications, id, scope, SectionKey.PLAN, Filing.plan(), username);
        Filing.save(applications, id, scope, SectionKey.SCENARIOS, Filing.scenarios(), username);
        officer = demo("officer");
        auditor = demo("auditor");
        sysadmin = demo("sysadmin");
        wuhan = demo("wuhan");
        calls.all(); // the calls' clock transitions for the moved clock happen now, not during an attack
    }

    Stream<Arguments> attacks() throws Exception {
        Map<String, Attack> attacks = new LinkedHashMap<>();
        String sections = "/applications/" + id + "/sections/";

        // NUL in every field of every section form, as the page names them
        for (SectionKey key : SectionKey.values()) {
            String page = mvc.perform(get(sections + key.key()).cookie(applicant)).andReturn().getResponse()
                    .getContentAsString();
            Matcher token = TOKEN.matcher(page);
            String draftToken = token.find() ? token.group(1) : "";
            Set<String> names = new LinkedHashSet<>();
            Matcher m = FIELD.matcher(page);
            while (m.find()) {
                names.add(m.group(1).replace("&#39;", "'"));
            }
            names.removeAll(Set.of("_csrf", "version", "draftToken", "action"));
            assertThat(names).as("fields of %s", key).isNotEmpty();
            for (String name : names) {
                attacks.put("NUL in " + key.key() + " field " + name, new Attack(() -> post(sections + key.key())
                        .cookie(applicant).with(csrf()).param("version", "1").param("draftToken", draftToken)
                        .param("action", "save").param(name, NUL), 400, CONTROL_TEXT));
            }
        }
        attacks.put("NUL in a field name", new Attack(() -> post(sections + "overview").cookie(applicant)
                .with(csrf()).param("version", "1").param("te\u0000xt", "概述"), 400, CONTROL_TEXT));
        attacks.put("other C0 control (ESC) in a section field", new Attack(() -> post(sections + "overview")
                .cookie(applicant).with(csrf()).param("version", "0").param("text", "概述\u001B[2J"), 400,
                CONTROL_TEXT));
        attacks.put("NUL in the htmx autosave", new Attack(() -> post(sections + "overview").cookie(applicant)
                .with(csrf()).header("HX-Request", "true").param("version", "0").param("text", NUL), 400,
                CONTROL_TEXT));

        // NUL in the other forms: login, user name, registration, audit filter, a query string
        attacks.put("NUL in a login name", new Attack(() -> formLogin().user("app\u0000licant").password("Demo#2020"),
                400, CONTROL_TEXT));
        attacks.put("NUL in a new user name", new Attack(() -> post("/admin/users").cookie(sysadmin).with(csrf())
                .param("username", "new\u0000user").param("displayName", "新用户").param("roles", "OFFICER")
                .param("password", "Filing#2031x"), 400, CONTROL_TEXT));
        attacks.put("NUL in a registration", new Attack(() -> post("/register").with(csrf())
                .param("enterpriseName", NUL).param("creditCode", "91420106MA4K00010G").param("username", "x"),
                400, CONTROL_TEXT));
        attacks.put("NUL in an audit filter", new Attack(() -> get("/audit").cookie(auditor).param("actor", NUL),
                400, CONTROL_TEXT));
        attacks.put("NUL in a query string", new Attack(() -> get("/applications").cookie(applicant)
                .param("q", NUL), 400, CONTROL_TEXT));

        // NUL in a file name or a part name of an upload
        byte[] png = Filing.PNG;
        attacks.put("NUL in a figure's file name", new Attack(() -> multipart(sections + "implementation")
                .file(new MockMultipartFile("figureFile-0", "图\u0000.png", "image/png", png)).cookie(applicant)
                .with(csrf()).param("version", "0").param("action", "upload:0"), 400, CONTROL_TEXT));
        attacks.put("NUL in an attachment's file name (API)", new Attack(() -> multipart("/api/v1/applications/"
                + id + "/attachments").file(new MockMultipartFile("file", "承诺\u0000.pdf", "application/pdf",
                Filing.PDF)).param("purpose", "COMMITMENT").cookie(applicant).with(csrf()), 400, CONTROL_TEXT));
        attacks.put("NUL in an equipment sheet's file name", new Attack(() -> multipart("/applications/" + id
                + "/equipment/import").file(new MockMultipartFile("sheet", "设备\u0000.xlsx",
                "application/octet-stream", Filing.PDF)).cookie(applicant).with(csrf()), 400, CONTROL_TEXT));
        attacks.put("NUL in a part name", new Attack(() -> multipart(sections + "attachments")
                .file(new MockMultipartFile("file-COMMITMENT\u0000", "承诺.pdf", "application/pdf", Filing.PDF))
                .cookie(applicant).with(csrf()).param("version", "0").param("action", "upload:COMMITMENT"), 400,
                CONTROL_TEXT));

        // malformed row actions
        Map<String, List<String>> actions = Map.of(
                "implementation", List.of("remove:", "remove:figures-", "remove:figures-x:0", "remove:figures-0:",
                        "upload:", "upload:x", "upload:-1", "upload:99999999999", "add:milestones", "bogus"),
                "plan", List.of("remove:", "remove:milestones", "remove:milestones:abc", "remove:milestones:-1",
                        "remove:milestones:99999999999", "add:", "add:nothing", "upload:0"),
                "attachments", List.of("upload:x", "upload:FIGURE", "upload:", "remove:equipment:x",
                        "remove:otherFileIds:", "add:otherFileIds"));
        actions.forEach((section, list) -> list.forEach(action -> attacks.put("action " + action + " on " + section,
                new Attack(() -> post(sections + section).cookie(applicant).with(csrf()).param("version", "1")
                        .param("action", action), 400, ACTION_TEXT))));
        attacks.put("action upload:x with a file", new Attack(() -> multipart(sections + "implementation")
                .file(new MockMultipartFile("figureFile-x", "图.png", "image/png", png)).cookie(applicant)
                .with(csrf()).param("version", "0").param("action", "upload:x"), 400, ACTION_TEXT));

        // list indexes that are not numbers or far too large
        for (String name : List.of("milestones[abc].stage", "milestones[-1].stage", "milestones[].stage",
                "milestones[0.stage", "milestones]0[.stage", "equipment[100000].name", "parts[99999999999].text",
                "equipment[10000].name")) {
            String section = name.startsWith("milestones") ? "plan" : name.startsWith("equipment") ? "attachments"
                    : "implementation";
            attacks.put("index " + name, new Attack(() -> post(sections + section).cookie(applicant).with(csrf())
                    .param("version", "1").param("action", "save").param(name, "x"), 400, INDEX_TEXT));
        }
        attacks.put("index of a bound form's list", new Attack(() -> post("/admin/users").cookie(sysadmin)
                .with(csrf()).param("username", "someone").param("roles[100000]", "OFFICER"), 400, INDEX_TEXT));

        // JSON bodies: null, the wrong type, NUL in a string — on every endpoint that takes one
        String recommendationApp = String.valueOf(jdbc.sql("select id from project_application order by id limit 1")
                .query(Long.class).single());
        String demoCall = String.valueOf(jdbc.sql("select call_id from recommendation_list "
                + "where division_code = '420100' order by call_id limit 1").query(Long.class).optional()
                .orElse(call.id()));
        List<Object[]> endpoints = List.of(
                new Object[]{HttpMethod.POST, "/api/v1/applications", applicant, null},
                new Object[]{HttpMethod.PUT, "/api/v1/applications/" + id + "/sections/basic", applicant, "\"1\""},
                new Object[]{HttpMethod.PUT, "/api/v1/applications/" + id + "/sections/implementation", applicant,
                        "\"0\""},
                new Object[]{HttpMethod.POST, "/api/v1/applications/" + id + "/withdraw", applicant, null},
                new Object[]{HttpMethod.PUT, "/api/v1/enterprises/me/profile", applicant, "\"0\""},
                new Object[]{HttpMethod.POST, "/api/v1/enterprises/registrations", null, null},
                new Object[]{HttpMethod.POST, "/api/v1/auth/token", null, null},
                new Object[]{HttpMethod.POST, "/api/v1/calls", officer, null},
                new Object[]{HttpMethod.PUT, "/api/v1/calls/" + call.id(), officer, "\"0\""},
                new Object[]{HttpMethod.POST, "/api/v1/calls/" + call.id() + "/cancel", officer, null},
                new Object[]{HttpMethod.PUT, "/api/v1/recommendation/applications/" + recommendationApp + "/precheck",
                        wuhan, null},
                new Object[]{HttpMethod.POST, "/api/v1/recommendation/applications/" + recommendationApp + "/return",
                        wuhan, null},
                new Object[]{HttpMethod.POST, "/api/v1/recommendation/applications/" + recommendationApp
                        + "/decline", wuhan, null},
                new Object[]{HttpMethod.POST, "/api/v1/recommendation/applications/" + recommendationApp
                        + "/reconsider", wuhan, null},
                new Object[]{HttpMethod.PUT, "/api/v1/recommendation/calls/" + demoCall + "/ranking/order", wuhan,
                        null},
                new Object[]{HttpMethod.POST, "/api/v1/recommendation/calls/" + demoCall + "/ranking/entries/"
                        + recommendationApp + "/move", wuhan, null},
                new Object[]{HttpMethod.PUT, "/api/v1/recommendation/calls/" + demoCall + "/ranking/entries/"
                        + recommendationApp + "/remark", wuhan, null},
                new Object[]{HttpMethod.POST, "/api/v1/recommendation/calls/" + demoCall + "/lists/420100/reopen",
                        officer, null},
                new Object[]{HttpMethod.POST, "/api/v1/intake/applications/" + recommendationApp + "/decisions",
                        officer, null});
        for (Object[] e : endpoints) {
            HttpMethod method = (HttpMethod) e[0];
            String path = (String) e[1];
            Cookie session = (Cookie) e[2];
            String ifMatch = (String) e[3];
            for (String body : List.of("null", "[]", "\"x\"", "42", "{\"reason\":\"甲\\u0000乙\",\"name\":"
                    + "\"\\u0000\",\"username\":\"a\\u0007b\"}")) {
                boolean control = body.contains("\\u");
                attacks.put("JSON " + body + " to " + method + " " + path, new Attack(() -> {
                    var builder = request(method, path).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(body);
                    if (session != null) {
                        builder.cookie(session);
                    }
                    if (ifMatch != null) {
                        builder.header("If-Match", ifMatch);
                    }
                    return builder;
                }, 400, control ? CONTROL_TEXT : null));
            }
        }

        // a JSON body larger than the gate reads: refused before it is held in memory whole
        String huge = "{\"reason\":\"" + "甲".repeat(3 * 1024 * 1024) + "\"}";
        attacks.put("JSON body over 8 MB", new Attack(() -> post("/api/v1/intake/applications/" + recommendationApp
                + "/decisions").cookie(officer).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(huge),
                413, "提交的内容过大（超过8 MB），系统没有保存任何内容。"));

        // audit filter dates out of range: a message beside the field, or a 400 for the export and the API
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "1999-12-31", "2101-01-01")) {
            attacks.put("audit page from " + date, new Attack(() -> get("/audit").cookie(auditor)
                    .param("from", date), 200, DATE_TEXT));
            attacks.put("audit page to " + date, new Attack(() -> get("/audit").cookie(auditor)
                    .param("to", date), 200, DATE_TEXT));
            attacks.put("audit export from " + date, new Attack(() -> get("/audit/export.csv").cookie(auditor)
                    .param("from", date), 400, DATE_TEXT));
            attacks.put("audit API to " + date, new Attack(() -> get("/api/v1/audit/entries").cookie(auditor)
                    .param("to", date), 400, DATE_TEXT));
        }
        return attacks.entrySet().stream().map(a -> Arguments.of(Named.of(a.getKey(), a.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void aHostileRequestGetsAClearRefusalAndChangesNothing(Attack attack) throws Exception {
        Map<String, String> before = tables();
        MvcResult result = mvc.perform(attack.request().get()).andReturn();
        int status = result.getResponse().getStatus();
        String answer = result.getResponse().getContentAsString(StandardCharsets.UTF_8) + " "
                + (result.getResponse().getErrorMessage() == null ? "" : result.getResponse().getErrorMessage());
        assertThat(status).as(answer).isLessThan(500).isEqualTo(attack.status());
        if (attack.text() != null) {
            assertThat(answer).contains(attack.text());
        }
        if (status == 400 && String.valueOf(result.getResponse().getContentType()).contains("json")) {
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(answer).containsPattern("\"title\":\"[^\"]*\\p{IsHan}");
        }
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void aRowActionPostedWithoutTheTablesOtherFieldsIsAnsweredWithThePage() throws Exception {
        String sections = "/applications/" + id + "/sections/";
        for (String[] post : new String[][]{{"plan", "add:milestones"}, {"plan", "remove:milestones:0"},
                {"self-assessment", "save"}, {"implementation", "save"}}) {
            int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .post(sections + post[0]).cookie(applicant).with(csrf()).param("version", "1")
                            .param("action", post[1]))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(post[0] + " " + post[1]).isLessThan(500);
        }
    }

    /** A digest of every table's rows, but those that change on their own or with every page view. */
    private Map<String, String> tables() {
        if (digestQuery == null) {
            digestQuery = String.join(" union all ", jdbc.sql("select tablename from pg_tables "
                            + "where schemaname = 'public' order by 1").query(String.class).list().stream()
                    .filter(table -> !VOLATILE.contains(table))
                    .map(table -> "select '" + table + "' as name, md5(coalesce(string_agg(t::text, '|' "
                            + "order by t::text), '')) as digest from " + table + " t")
                    .toList());
        }
        Map<String, String> digests = new LinkedHashMap<>();
        jdbc.sql(digestQuery).query((rs, n) -> digests.put(rs.getString("name"), rs.getString("digest"))).list();
        return digests;
    }

    private Cookie demo(String username) throws Exception {
        return Sessions.of(mvc.perform(formLogin().user(username).password("Demo#2020")).andReturn());
    }
}
