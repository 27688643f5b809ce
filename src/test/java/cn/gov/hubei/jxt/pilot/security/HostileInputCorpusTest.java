package cn.gov.hubei.jxt.pilot.security;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.Sessions;
import cn.gov.hubei.jxt.pilot.call.Calls;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.beans.PropertyDescriptor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Hostile inputs as a corpus ({@code src/test/resources/hostile/corpus.txt}: control characters, overlong strings,
 * invalid UTF-8, malformed JSON, wrong types, huge numbers, dates out of range, path traversal names, XSS and SQL),
 * sent to every JSON endpoint that takes a body or parameters and to every form, both found in the handler mappings
 * with their field names read from the form records, request bodies and request parameters, by the role that may
 * use the endpoint, on its own object. The corpus is rotated across the endpoints: each endpoint gets one entry of
 * every category, each entry goes to several endpoints.
 *
 * <p>Every request runs in a transaction of the test that is rolled back afterwards, so what one input does cannot
 * change what the next one meets, nor the shared demo world. Inside it: never a 5xx; a refusal (4xx) has written no
 * row of any table (the transaction's own statistics, {@code pg_stat_xact_user_tables}, before and after, but
 * for the sessions and the audit trail); an accepted input with markup is shown escaped on the pages that show it (the page redirected
 * to, the page of the object), never as {@code <script}, {@code onerror=} … the browser would run.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputCorpusTest {

    enum Actor { ANONYMOUS, APPLICANT, RECOMMENDER, EXPERT, OFFICER, SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN }

    /** One input of the corpus: {@code bytes} is what is sent (invalid UTF-8 too), {@code text} how Java reads it. */
    record Entry(int line, String category, String text, byte[] bytes) {
        boolean raw() {
            return category.equals("malformed-json");
        }

        boolean jsonValue() {
            return category.equals("wrong-types") || category.equals("huge-numbers");
        }
    }

    record Field(String name, Class<?> type) {
        boolean text() {
            return type == String.class || type.isEnum() || Collection.class.isAssignableFrom(type);
        }

        boolean date() {
            return Temporal.class.isAssignableFrom(type);
        }
    }

    record Endpoint(String method, String pattern, String uri, boolean json, List<Field> fields,
                    List<String> files, Actor actor) {
        @Override
        public String toString() {
            return method + " " + uri + " as " + actor;
        }
    }

    static final List<String> CATEGORIES = List.of("controls", "overlong", "invalid-utf8", "malformed-json",
            "wrong-types", "huge-numbers", "dates", "path-traversal", "xss", "sql");
    static final Set<String> VOLATILE = Set.of("spring_session", "spring_session_attributes",
            "application_draft_token", "mail_outbox", "event_publication", "event_publication_archive",
            "audit_entry", "audit_chain_head", "audit_action", "rate_limit_bucket", "login_failure");
    static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([a-z]+)[^}]*)?}");
    static final Pattern REPEAT = Pattern.compile("\\{(\\d+)\\*([^{}]*)}");
    static final Pattern SCRIPT = Pattern.compile("<script|<img src=x onerror|<svg[^>]*onload|<body onload|<iframe "
            + "src=\"javascript|<input autofocus|<details open|<svg><animate|<a href=\"javascript|<object data",
            Pattern.CASE_INSENSITIVE);
    static final byte[] PDF = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Calls calls;
    @Autowired PlatformTransactionManager transactions;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    final Map<Actor, Cookie> sessions = new LinkedHashMap<>();
    final Map<String, String> objects = new LinkedHashMap<>();
    final Map<Actor, Map<String, String>> own = new LinkedHashMap<>();
    final Map<String, List<Entry>> corpus = new LinkedHashMap<>();

    @BeforeAll
    void theCorpusTheDemoWorldAndItsPeople() throws Exception {
        corpus.putAll(read());
        long yichangApp = one("select a.id from project_application a join user_account u on u.enterprise_id = "
                + "a.enterprise_id where u.username = 'qiye-yc1' order by a.id limit 1");
        long call = one("select call_id from project_application where id = " + yichangApp);
        long meeting = one("select meeting_id from meeting_application where application_id = " + yichangApp
                + " order by meeting_id limit 1");
        put(objects, "applications/{id}", yichangApp);
        put(objects, "applications/{applicationId}", yichangApp);
        put(objects, "entries/{applicationId}", yichangApp);
        put(objects, "projects/{applicationId}", yichangApp);
        put(objects, "files/{fileId}", opt("select file_id from application_file where application_id = "
                + yichangApp + " order by file_id limit 1"));
        put(objects, "attachments/{fileId}", opt("select file_id from application_file where application_id = "
                + yichangApp + " order by file_id limit 1"));
        objects.put("sections/{key}", "overview");
        objects.put("versions/{number}", "1");
        objects.put("conflicts/{token}", "00000000-0000-0000-0000-000000000001");
        put(objects, "calls/{id}", call);
        put(objects, "calls/{callId}", call);
        objects.put("lists/{division}", "420500");
        objects.put("files/{role}", "scan");
        long otherUser = one("select id from user_account where username = 'qiye-yc1'");
        put(objects, "users/{id}", otherUser);
        put(objects, "locked/{id}", otherUser);
        put(objects, "members/{userId}", otherUser);
        put(objects, "members/{accountId}", otherUser);
        objects.put("calendar/{year}", "2026");
        objects.put("days/{date}", "2026-12-07");
        put(objects, "inbox/{id}", opt("select id from notification_inbox order by id limit 1"));
        put(objects, "experts/{id}", opt("select id from expert order by id limit 1"));
        put(objects, "experts/{expertId}", opt("select expert_id from meeting_seat where meeting_id = " + meeting
                + " order by id limit 1"));
        put(objects, "groups/{id}", opt("select id from expert_company_group order by id limit 1"));
        put(objects, "members/{memberId}", opt("select id from expert_company_group_member order by id limit 1"));
        put(objects, "conflicts/{declarationId}", opt("select id from expert_conflict_declaration "
                + "order by id limit 1"));
        put(objects, "meetings/{id}", meeting);
        put(objects, "meetings/{meetingId}", meeting);
        put(objects, "groups/{groupId}", opt("select id from meeting_group where meeting_id = " + meeting
                + " order by id limit 1"));
        put(objects, "sheets/{sheetId}", opt("select id from review_sheet where meeting_id = " + meeting
                + " order by id limit 1"));
        long team = opt("select id from site_visit_team order by id limit 1");
        long visit = opt("select id from site_visit where team_id = " + team + " order by id desc limit 1");
        put(objects, "teams/{id}", team);
        put(objects, "teams/{teamId}", team);
        put(objects, "visits/{id}", visit);
        put(objects, "photos/{photoId}", opt("select id from site_visit_photo where visit_id = " + visit
                + " order by id limit 1"));
        put(objects, "attendees/{attendeeId}", opt("select id from site_visit_attendee where visit_id = " + visit
                + " order by id limit 1"));
        put(objects, "items/{itemId}", opt("select id from site_visit_item where visit_id = " + visit
                + " order by id limit 1"));
        long notice = opt("select id from public_notice order by id limit 1");
        put(objects, "notices/{id}", notice);
        put(objects, "notices/{noticeId}", notice);
        put(objects, "publicity/{id}", notice);
        put(objects, "objections/{id}", opt("select id from objection_case order by id limit 1"));
        objects.put("transitions/{code}", "accept");
        long scenario = opt("select id from portal_scenario order by id limit 1");
        put(objects, "scenarios/{id}", scenario);
        put(objects, "consents/{id}", scenario);
        put(objects, "designations/{publicationId}", opt("select id from designation_publication order by id limit 1"));
        put(objects, "projects/{designationId}", opt("select id from designated_project order by id limit 1"));
        put(objects, "projects/{id}", opt("select id from designated_project order by id limit 1"));
        put(objects, "registrations/{id}", opt("select id from enterprise_registration order by id limit 1"));
        put(objects, "checkpoints/{id}", opt("select id from audit_checkpoint order by id limit 1"));
        objects.put("content-items/{version}", "1");
        objects.put("element-conditions/{version}", "1");
        objects.put("credit-codes/{code}", "91420106MA4K00010G");
        objects.put("confirm/{token}", "00000000000000000000000000000000");
        objects.put("certificates/{token}", "00000000000000000000000000000000");

        // each role's own objects
        Map<String, String> applicant = new LinkedHashMap<>();
        long draft = one("select a.id from project_application a join user_account u on u.enterprise_id = "
                + "a.enterprise_id where u.username = 'applicant' order by (a.status = 'DRAFT') desc, a.id limit 1");
        put(applicant, "applications/{id}", draft);
        put(applicant, "projects/{applicationId}", draft);
        put(applicant, "files/{fileId}", opt("select file_id from application_file where application_id = " + draft
                + " order by file_id limit 1"));
        put(applicant, "attachments/{fileId}", opt("select file_id from application_file where application_id = "
                + draft + " order by file_id limit 1"));
        put(applicant, "inbox/{id}", opt("select id from notification_inbox where username = 'applicant' "
                + "order by id limit 1"));
        put(applicant, "members/{userId}", one("select id from user_account where username = 'applicant'"));
        long mine = opt("select s.id from portal_scenario s join user_account u on u.enterprise_id = s.enterprise_id "
                + "where u.username = 'applicant' order by s.id limit 1");
        put(applicant, "consents/{id}", mine);
        own.put(Actor.APPLICANT, applicant);
        Map<String, String> wuhan = new LinkedHashMap<>();
        long wuhanApp = one("select id from project_application where division_code = '420100' and status <> 'DRAFT' "
                + "order by id limit 1");
        put(wuhan, "applications/{id}", wuhanApp);
        put(wuhan, "entries/{applicationId}", wuhanApp);
        wuhan.put("lists/{division}", "420100");
        own.put(Actor.RECOMMENDER, wuhan);
        Map<String, String> expert = new LinkedHashMap<>();
        jdbc.sql("select s.id, s.meeting_id, s.application_id from review_sheet s join user_account u on "
                + "u.id = s.account_id where u.username = 'expert1' order by s.id limit 1").query((rs, n) -> {
            expert.put("sheets/{sheetId}", rs.getString(1));
            expert.put("meetings/{meetingId}", rs.getString(2));
            expert.put("meetings/{id}", rs.getString(2));
            expert.put("applications/{applicationId}", rs.getString(3));
            return n;
        }).list();
        own.put(Actor.EXPERT, expert);

        Map<Actor, String> usernames = Map.of(Actor.APPLICANT, "applicant", Actor.RECOMMENDER, "wuhan",
                Actor.EXPERT, "expert1", Actor.OFFICER, "officer", Actor.SYSTEM_ADMIN, "sysadmin",
                Actor.SECURITY_ADMIN, "secadmin", Actor.AUDIT_ADMIN, "auditor");
        for (Map.Entry<Actor, String> e : usernames.entrySet()) {
            sessions.put(e.getKey(), Sessions.of(mvc.perform(formLogin().user(e.getValue()).password("Demo#2020"))
                    .andReturn()));
        }
    }

    @Test
    void theCorpusHasEveryCategoryAndAtLeast300Inputs() {
        assertThat(corpus.keySet()).containsExactlyInAnyOrderElementsOf(CATEGORIES);
        assertThat(corpus.values().stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(300);
        corpus.forEach((category, entries) -> assertThat(entries).as(category).hasSizeGreaterThanOrEqualTo(30));
    }

    @Test
    void everyEndpointAndFormGetsEveryCategoryWithoutA5xxAChangeOnRefusalOrAScriptShown() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints.stream().filter(Endpoint::json).count()).isGreaterThan(50);
        assertThat(endpoints.stream().filter(e -> !e.json()).count()).isGreaterThan(50);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> uses = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int requests = 0;
        int pages = 0;
        for (int i = 0; i < endpoints.size(); i++) {
            Endpoint endpoint = endpoints.get(i);
            for (String category : CATEGORIES) {
                List<Entry> entries = corpus.get(category);
                Entry entry = entries.get((i + CATEGORIES.indexOf(category) * 7) % entries.size());
                uses.merge(entry.line(), 1, Integer::sum);
                requests++;
                int[] shown = {0};
                String failure = new TransactionTemplate(transactions).execute(tx -> {
                    tx.setRollbackOnly();
                    try {
                        return attack(endpoint, entry, statuses, shown);
                    } catch (Exception e) {
                        return "exception " + e + " on " + endpoint + " with " + describe(entry);
                    }
                });
                pages += shown[0];
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        System.out.printf("hostile corpus: %d endpoints, %d requests, %d pages checked for scripts, statuses %s%n",
                endpoints.size(), requests, pages, statuses);
        for (List<Entry> entries : corpus.values()) {
            for (Entry entry : entries) {
                assertThat(uses.getOrDefault(entry.line(), 0)).as("endpoints of %s", describe(entry))
                        .isGreaterThanOrEqualTo(3);
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /**
     * A post whose form record cannot be built (text for a hidden version, a role or a check box value no page
     * offers, an application id that is no number) is a 400 that writes nothing, where it was a 500; a deadline that
     * is no date brings the recommender's page back with the reason as typed and the message next to the deadline.
     */
    @Test
    void aPostItsFormRecordCannotHoldIsRefusedAndChangesNothing() throws Exception {
        Map<String, String[]> forged = new LinkedHashMap<>();
        forged.put("POST /admin/users", new String[]{"username", "forged-1", "roles", "NO_SUCH_ROLE"});
        forged.put("POST /admin/users/{id}", new String[]{"displayName", "张三", "version", "abc"});
        forged.put("POST /experts/new", new String[]{"name", "李四", "version", "abc"});
        forged.put("POST /experts/{id}/edit", new String[]{"name", "李四", "version", "1e309"});
        forged.put("POST /experts/{id}/conflicts", new String[]{"applicationId", "x", "kind", "OTHER"});
        forged.put("POST /experts/me/conflicts", new String[]{"applicationId", "x", "kind", "OTHER"});
        forged.put("POST /enterprise/profile", new String[]{"address", "武汉", "version", "abc"});
        forged.put("POST /register", new String[]{"creditCode", "91420106MA4K00010G", "acceptPendingReview",
                "maybe"});
        forged.put("POST /intake/applications/{id}/decision", new String[]{"outcome", "PASS", "reviewedVersionNo",
                "v1"});
        for (Map.Entry<String, String[]> e : forged.entrySet()) {
            String[] route = e.getKey().split(" ");
            Actor actor = actorFor(route[0], route[1]);
            var request = request(HttpMethod.valueOf(route[0]), uri(route[1], actor)).with(csrf());
            for (int i = 0; i < e.getValue().length; i += 2) {
                request.param(e.getValue()[i], e.getValue()[i + 1]);
            }
            if (sessions.containsKey(actor)) {
                request.cookie(sessions.get(actor));
            }
            assertThat(refusedWithoutWrites(request)).as(e.getKey()).isEqualTo(400);
        }
        var upload = multipart("/admin/calendar").file(new MockMultipartFile("file", "2027.xlsx",
                "application/octet-stream", PDF)).param("replace", "maybe").with(csrf())
                .cookie(sessions.get(Actor.SYSTEM_ADMIN));
        assertThat(refusedWithoutWrites(upload)).as("POST /admin/calendar").isEqualTo(400);

        String returned = uri("/recommendation/applications/{id}/return", Actor.RECOMMENDER);
        String page = new TransactionTemplate(transactions).execute(tx -> {
            tx.setRollbackOnly();
            try {
                MvcResult result = mvc.perform(request(HttpMethod.POST, returned).with(csrf())
                        .cookie(sessions.get(Actor.RECOMMENDER)).param("reason", "材料需补充说明")
                        .param("deadline", "2026-02-30T25:00")).andReturn();
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        assertThat(page).contains("重新提交期限格式不正确，请选择日期和时间。").contains(">材料需补充说明</textarea>");
    }

    private int refusedWithoutWrites(AbstractMockHttpServletRequestBuilder<?> request) {
        return new TransactionTemplate(transactions).execute(tx -> {
            tx.setRollbackOnly();
            Map<String, Long> before = writesOnceTheClockIsApplied();
            try {
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                assertThat(writes()).isEqualTo(before);
                return status;
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

    private String attack(Endpoint endpoint, Entry entry, Map<Integer, Integer> statuses, int[] shown)
            throws Exception {
        Map<String, Long> before = writesOnceTheClockIsApplied();
        MvcResult result = mvc.perform(build(endpoint, entry)).andReturn();
        int status = result.getResponse().getStatus();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            return status + " " + endpoint + " with " + describe(entry) + ": "
                    + abbreviate(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        if (status >= 400) {
            if (result.getResolvedException() != null) {
                return null; // a refusal by an exception rolls the handler's transaction back (the test's holds it)
            }
            List<String> written = writes().entrySet().stream()
                    .filter(w -> !w.getValue().equals(before.getOrDefault(w.getKey(), 0L))).map(Map.Entry::getKey)
                    .toList();
            return written.isEmpty() ? null : "refused with " + status + " but wrote " + written + ": " + endpoint
                    + " with " + describe(entry);
        }
        if (!SCRIPT.matcher(entry.text()).find()) {
            return null;
        }
        Set<String> show = new LinkedHashSet<>();
        String location = result.getResponse().getRedirectedUrl();
        if (location != null && location.startsWith("/") && !location.contains("login")) {
            show.add(location.replaceFirst("#.*$", ""));
        }
        String page = endpoint.uri().replaceFirst("^/api/v1", "");
        show.add(page);
        Matcher object = Pattern.compile("^(.*/\\d+)(/.*)?$").matcher(page);
        if (object.matches()) {
            show.add(object.group(1));
        }
        for (String uri : show) {
            var builder = get(uri);
            Cookie session = sessions.get(endpoint.actor());
            if (session != null) {
                builder.cookie(session);
            }
            MvcResult shownPage = mvc.perform(builder).andReturn();
            String html = shownPage.getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (shownPage.getResponse().getStatus() >= 500) {
                return shownPage.getResponse().getStatus() + " GET " + uri + " after " + endpoint + " with "
                        + describe(entry);
            }
            if (String.valueOf(shownPage.getResponse().getContentType()).contains("html")) {
                shown[0]++;
                Matcher script = SCRIPT.matcher(html);
                if (script.find() && html.contains(entry.text())) {
                    return "script shown unescaped on " + uri + " after " + endpoint + " with " + describe(entry);
                }
            }
        }
        return null;
    }

    /**
     * The rows written by this connection's transaction, by table, but the sessions and the audit trail (compared
     * before and after a request: the counts of earlier transactions may not be flushed yet).
     */
    /**
     * The writes so far, once the calls' clock transitions that are due have been applied: reading a call applies
     * them (a milestone the demo world's calls reach while the corpus runs), and they are not the request's writes.
     */
    private Map<String, Long> writesOnceTheClockIsApplied() {
        calls.all();
        return writes();
    }

    private Map<String, Long> writes() {
        Map<String, Long> writes = new TreeMap<>();
        jdbc.sql("select relname, n_tup_ins + n_tup_upd + n_tup_del as n from pg_stat_xact_user_tables")
                .query((rs, n) -> writes.put(rs.getString(1), rs.getLong(2))).list();
        writes.keySet().removeAll(VOLATILE);
        return writes;
    }

    private AbstractMockHttpServletRequestBuilder<?> build(Endpoint endpoint, Entry entry) {
        HttpMethod method = HttpMethod.valueOf(endpoint.method());
        AbstractMockHttpServletRequestBuilder<?> builder;
        List<Field> chosen = chosen(endpoint.fields(), entry);
        if (!endpoint.files().isEmpty()) {
            MockMultipartHttpServletRequestBuilder upload = multipart(method, endpoint.uri());
            for (String file : endpoint.files()) {
                upload.file(new MockMultipartFile(file, entry.text(), "application/pdf", PDF));
            }
            chosen.forEach(f -> upload.param(f.name(), entry.text()));
            builder = upload;
        } else if (endpoint.json() && !endpoint.method().equals("GET") && bodyFields(endpoint) != null) {
            builder = request(method, endpoint.uri()).contentType(MediaType.APPLICATION_JSON)
                    .content(json(bodyFields(endpoint), entry));
        } else if (!endpoint.method().equals("GET") && entry.category().equals("invalid-utf8")) {
            ByteArrayOutputStream form = new ByteArrayOutputStream();
            for (Field f : chosen) {
                form.writeBytes((form.size() == 0 ? "" : "&").getBytes(StandardCharsets.US_ASCII));
                form.writeBytes(f.name().getBytes(StandardCharsets.UTF_8));
                form.write('=');
                for (byte b : entry.bytes()) {
                    form.writeBytes(String.format("%%%02X", b & 0xff).getBytes(StandardCharsets.US_ASCII));
                }
            }
            builder = request(method, endpoint.uri()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .content(form.toByteArray());
        } else {
            var plain = request(method, endpoint.uri());
            chosen.forEach(f -> plain.param(f.name(), entry.text()));
            builder = plain;
        }
        builder.with(csrf());
        if (endpoint.uri().startsWith("/api/")) {
            builder.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
        }
        Cookie session = sessions.get(endpoint.actor());
        if (session != null) {
            builder.cookie(session);
        }
        return builder;
    }

    /** The fields an entry goes into: text (and for dates, date) fields; all of them for wrong types and numbers. */
    private static List<Field> chosen(List<Field> fields, Entry entry) {
        List<Field> chosen = fields.stream().filter(f -> entry.jsonValue() || entry.raw() || f.text()
                || (entry.category().equals("dates") && f.date())).toList();
        return chosen.isEmpty() ? fields : chosen;
    }

    private static List<Field> bodyFields(Endpoint endpoint) {
        return endpoint.fields().stream().anyMatch(f -> f.name().startsWith("@body")) ? endpoint.fields().stream()
                .filter(f -> !f.name().equals("@body")).toList() : null;
    }

    private static byte[] json(List<Field> fields, Entry entry) {
        if (entry.raw()) {
            return entry.bytes();
        }
        byte[] value = entry.jsonValue() ? entry.bytes() : quoted(entry);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<Field> chosen = chosen(fields, entry);
        if (chosen.isEmpty()) {
            return value;
        }
        body.write('{');
        for (Field f : chosen) {
            if (body.size() > 1) {
                body.write(',');
            }
            body.writeBytes(("\"" + f.name().replaceFirst("^@body\\.", "") + "\":").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(value);
        }
        body.write('}');
        return body.toByteArray();
    }

    /** The entry as a JSON string: control characters, quotes and backslashes escaped, invalid bytes kept. */
    private static byte[] quoted(Entry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('"');
        if (entry.category().equals("invalid-utf8")) {
            out.writeBytes(entry.bytes());
        } else {
            StringBuilder s = new StringBuilder();
            for (char c : entry.text().toCharArray()) {
                if (c == '"' || c == '\\') {
                    s.append('\\').append(c);
                } else if (c < 0x20) {
                    s.append(String.format("\\u%04x", (int) c));
                } else {
                    s.append(c);
                }
            }
            out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
        }
        out.write('"');
        return out.toByteArray();
    }

    /** Every JSON endpoint with a body or parameters and every form, with its fields and the role that uses it. */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            List<Field> fields = new ArrayList<>();
            List<String> files = new ArrayList<>();
            for (MethodParameter p : handler.getMethodParameters()) {
                Class<?> type = p.getParameterType();
                if (p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(RequestHeader.class)
                        || p.hasParameterAnnotation(AuthenticationPrincipal.class)) {
                    continue;
                }
                RequestParam param = p.getParameterAnnotation(RequestParam.class);
                RequestPart part = p.getParameterAnnotation(RequestPart.class);
                String name = param != null && !param.name().isEmpty() ? param.name()
                        : part != null && !part.name().isEmpty() ? part.name() : p.getParameterName();
                if (MultipartFile.class.isAssignableFrom(type) || (part != null && type != String.class)) {
                    files.add(name);
                } else if (p.hasParameterAnnotation(RequestBody.class)) {
                    fields.add(new Field("@body", type));
                    properties(type).forEach(f -> fields.add(new Field("@body." + f.name(), f.type())));
                } else if (param != null || part != null) {
                    if (!Map.class.isAssignableFrom(type)) {
                        fields.add(new Field(name, type));
                    }
                } else if (!BeanUtils.isSimpleProperty(type) && type.getName().startsWith("cn.gov.hubei")
                        && !type.isEnum()) {
                    fields.addAll(properties(type));
                }
            }
            if (fields.isEmpty() && files.isEmpty()) {
                continue;
            }
            for (String pattern : e.getKey().getPathPatternsCondition().getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                boolean json = pattern.startsWith("/api/");
                for (var m : e.getKey().getMethodsCondition().getMethods()) {
                    if (!json && m.name().equals("GET") && fields.stream().noneMatch(f -> f.text() || f.date())) {
                        continue; // a page that takes no text (a sort, a page number) is no form
                    }
                    Actor actor = actorFor(m.name(), pattern);
                    String uri = uri(pattern, actor);
                    endpoints.add(new Endpoint(m.name(), pattern, uri, json, fields, files, actor));
                }
            }
        }
        endpoints.sort((a, b) -> (a.pattern() + a.method()).compareTo(b.pattern() + b.method()));
        return endpoints;
    }

    private static List<Field> properties(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                fields.add(new Field(c.getName(), c.getType()));
            }
        } else if (type.getName().startsWith("cn.gov.hubei")) {
            for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(type)) {
                if (d.getWriteMethod() != null) {
                    fields.add(new Field(d.getName(), d.getPropertyType()));
                }
            }
        }
        return fields;
    }

    /** The role that uses the route, by the module its path belongs to. */
    static Actor actorFor(String method, String pattern) {
        String p = pattern.replaceFirst("^/api/v1", "");
        if (p.startsWith("/public") || p.startsWith("/register") || p.startsWith("/auth")
                || (p.equals("/enterprises/registrations") && method.equals("POST"))) {
            return Actor.ANONYMOUS;
        }
        if (p.startsWith("/audit")) {
            return Actor.AUDIT_ADMIN;
        }
        if (p.startsWith("/admin/policy")) {
            return Actor.SECURITY_ADMIN;
        }
        if (p.startsWith("/admin")) {
            return Actor.SYSTEM_ADMIN;
        }
        if (p.matches("/review/meetings/\\{meetingId}/applications/.*") || p.contains("/invitation")
                || p.startsWith("/experts/me")) {
            return Actor.EXPERT;
        }
        if (p.startsWith("/recommendation") && !p.contains("/reopen") && !p.contains("/overview")) {
            return Actor.RECOMMENDER;
        }
        if (p.startsWith("/applications") || p.startsWith("/enterprise/") || p.startsWith("/enterprises/me")
                || p.startsWith("/inbox") || p.startsWith("/account") || p.startsWith("/portal/consents")
                || p.startsWith("/designations/mine")) {
            return Actor.APPLICANT;
        }
        return Actor.OFFICER;
    }

    private String uri(String pattern, Actor actor) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String key = before.substring(before.lastIndexOf('/', before.length() - 2) + 1) + "{" + m.group(1) + "}";
            String value = own.getOrDefault(actor, Map.of()).getOrDefault(key, objects.get(key));
            if (value == null) {
                value = m.group(2) != null ? m.group(2) : "987654321";
            }
            m.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        m.appendTail(uri);
        return uri.toString();
    }

    private static Map<String, List<Entry>> read() throws IOException {
        Map<String, List<Entry>> corpus = new LinkedHashMap<>();
        try (InputStream in = HostileInputCorpusTest.class.getResourceAsStream("/hostile/corpus.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                int tab = lines[i].indexOf('\t');
                String category = lines[i].substring(0, tab);
                byte[] bytes = decode(lines[i].substring(tab + 1));
                corpus.computeIfAbsent(category, c -> new ArrayList<>())
                        .add(new Entry(i + 1, category, new String(bytes, StandardCharsets.UTF_8), bytes));
            }
        }
        return corpus;
    }

    /** {N*text} repeated, then \\uXXXX, \\xHH (a raw byte) and \\\\ unescaped. */
    static byte[] decode(String payload) {
        Matcher repeat = REPEAT.matcher(payload);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(expanded, Matcher.quoteReplacement(repeat.group(2).repeat(
                    Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(expanded);
        String s = expanded.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'u' && i + 5 < s.length() && s.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                    text.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                if (n == 'x' && i + 3 < s.length() && s.substring(i + 2, i + 4).matches("[0-9a-fA-F]{2}")) {
                    out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
                    text.setLength(0);
                    out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                    i += 3;
                    continue;
                }
                if (n == '\\') {
                    text.append('\\');
                    i++;
                    continue;
                }
            }
            text.append(c);
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String describe(Entry entry) {
        return entry.category() + " #" + entry.line() + " (" + abbreviate(entry.text()) + ")";
    }

    private static String abbreviate(String s) {
        String shown = s.replaceAll("\\p{Cntrl}", "·");
        return shown.length() > 120 ? shown.substring(0, 120) + "…(" + s.length() + ")" : shown;
    }

    private static void put(Map<String, String> map, String key, long id) {
        map.put(key, String.valueOf(id));
    }

    private long one(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long opt(String sql) {
        return jdbc.sql(sql).query(Long.class).optional().orElse(987_654_321L);
    }
}
