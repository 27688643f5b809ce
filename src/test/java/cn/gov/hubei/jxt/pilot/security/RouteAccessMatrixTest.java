package cn.gov.hubei.jxt.pilot.security;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.Sessions;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route × every role × a foreign object, generated from the handler mappings: every handler of
 * {@link RequestMappingHandlerMapping} (pages and {@code /api/v1/**}, every method) is requested by every role, with
 * each path variable replaced by an object of the <em>other</em> owner — an application, list, meeting, site visit,
 * objection, notice, scenario … of 宜昌 (division 420500) and its enterprise {@code qiye-yc1}, an inbox entry or an
 * account of somebody else, a meeting and score sheet of an expert the requesting expert is not seated with. The
 * requester is 武汉's applicant, 武汉's recommender, an expert who is not on that meeting, the officer, the three
 * administrators, or nobody. The answer must be a refusal (403, 404; a redirect to the login page or 401 for
 * nobody) and nothing may change: each request runs in a transaction of the test that is rolled back, the handler's
 * own transactions join it, and the rows it inserted, updated or deleted are counted by table
 * ({@code pg_stat_xact_user_tables}; the sessions, the audit trail and the abuse counters aside, since a refusal is
 * audited). A refusal by an exception rolls the handler's transaction back and counts as no change. The world is
 * built once ({@code PER_CLASS}), every request goes through MockMvc, and no request changes what the next one meets.
 *
 * <p>A role that legitimately reaches other owners' objects through a route (the officer sees every application) and
 * the routes that are public by design are declared in {@link #DECLARED}, each with its reason; their GETs are
 * still requested (never a 5xx), their other methods are not sent. The test fails when a mapping has a path variable it has no foreign object for ("new route not covered") and
 * when a declaration matches no mapping any more.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessMatrixTest {

    enum Actor {
        ANONYMOUS, APPLICANT, RECOMMENDER, EXPERT, OFFICER, SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN
    }

    static final Set<Actor> ALL = EnumSet.allOf(Actor.class);
    static final Set<Actor> PROVINCE = EnumSet.of(Actor.OFFICER);

    /** A route (method and pattern, both regular expressions) on which these roles may reach other owners' objects. */
    record Declared(String method, String pattern, Set<Actor> actors, String reason, boolean once) {
        Declared(String method, String pattern, Set<Actor> actors, String reason) {
            this(method, pattern, actors, reason, false);
        }

        boolean matches(String m, String p) {
            return m.matches(method) && p.matches(pattern);
        }

        /** Whether this role's GET is sent: every role's, or for a route the same for all only the first role's. */
        boolean sentTo(Actor actor) {
            return !once || actors.iterator().next() == actor;
        }
    }

    /** The one table of routes that are public by design or where a role legitimately sees foreign objects. */
    static final List<Declared> DECLARED = List.of(
            new Declared("GET|POST", "/error", ALL, "Spring Boot's error page: it shows the error of the request "
                    + "forwarded to it; requested directly it has none and answers 500 by design (not requested)"),
            new Declared("GET", "(/api/v1)?/calls/\\{id}", EnumSet.of(Actor.APPLICANT, Actor.RECOMMENDER, Actor.EXPERT),
                    "a published call is read by every enterprise and division (a draft one is 404 for them)"),
            new Declared("GET", "(/api/v1)?/recommendation/calls/\\{callId}/"
                    + "(applications|ranking|ranking/summary\\.(docx|xlsx))",
                    EnumSet.of(Actor.RECOMMENDER),
                    "the call is everybody's: the answer holds only the recommender's own division"),
            new Declared("GET|POST", "(/api/v1)?/public/.*", ALL,
                    "the public portal, notices, certificates and the objection form are public by design (no login); "
                    + "the same for everybody, so only nobody's GET is sent (a notice's PDF takes seconds)", true),
            new Declared("GET", "/v3/api-docs.*", ALL, "the OpenAPI description is the same for everybody and "
                    + "generating it takes seconds: only nobody's GET is sent", true),
            new Declared("GET|POST", "/register/confirm/\\{token}", ALL,
                    "the confirmation link of a registration is the proof itself (a random token, 404 when unknown)"),
            new Declared(".*", "(/api/v1)?/(applications|intake|calls|recommendation/calls|recommendation/lists"
                    + "|recommendation/applications|experts|meetings|review|site-visits|publicity|objections"
                    + "|designations|portal|enterprises/registrations|monitoring)(/.*)?", PROVINCE,
                    "the programme office (省经信厅) administers every call and sees every submitted application, "
                    + "list, meeting, visit, notice, objection, designation, scenario and yearly report of the province"),
            new Declared(".*", "(/api/v1)?/(reference|calendar)/.*", ALL,
                    "reference data and the working-day calendar are the same for everybody"),
            new Declared(".*", "/admin/calendar/.*", EnumSet.of(Actor.SYSTEM_ADMIN),
                    "the system administrator keeps the holiday calendar"),
            new Declared(".*", "/admin/(users|policy)/.*", EnumSet.of(Actor.SYSTEM_ADMIN, Actor.SECURITY_ADMIN),
                    "the administrators manage every account (the 三员 split is the identity module's matrix)"),
            new Declared(".*", "/audit/.*", EnumSet.of(Actor.AUDIT_ADMIN),
                    "the audit administrator reads every checkpoint")
    );

    static final Set<String> VOLATILE = Set.of("spring_session", "spring_session_attributes",
            "application_draft_token", "mail_outbox", "flyway_schema_history", "event_publication",
            "event_publication_archive",
            // a refused request is audited (identity.access-denied …): the trail grows, nothing else may change
            "audit_entry", "audit_chain_head", "audit_action", "rate_limit_bucket", "login_failure");
    /** Path variables that name no owner's object: a call, a section, a version number, a year … */
    static final Set<String> SHARED = Set.of("callId", "key", "number", "year", "date", "version", "role", "code",
            "action", "chart");
    static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    static final String FOREIGN_DIVISION = "420500";
    static final int THREADS = 3;

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    final Map<Actor, Cookie> sessions = new LinkedHashMap<>();
    /** The foreign object of each path variable, by the literal segment before it and its name ("meetings/{id}"). */
    final Map<String, String> foreign = new LinkedHashMap<>();

    @BeforeAll
    void theDemoWorldAndItsPeople() throws Exception {
        // the "other" owner: 宜昌 (420500), its enterprise of qiye-yc1, the experts of its meeting
        long app = one("select a.id from project_application a join user_account u "
                + "on u.enterprise_id = a.enterprise_id "
                + "where u.username = 'qiye-yc1' order by a.id limit 1");
        long call = one("select call_id from project_application where id = " + app);
        long meeting = one("select meeting_id from meeting_application where application_id = " + app
                + " order by meeting_id limit 1");
        // an expert with no assignment: on no meeting, no inspection team, no score sheet
        Filing filing = new Filing(mvc, calls, enterprises, users, clock);
        String expert = filing.account(Role.EXPERT, null, null);
        long otherUser = one("select id from user_account where username = 'qiye-yc1'");
        put("applications/{id}", app);
        put("applications/{applicationId}", app);
        put("entries/{applicationId}", app);
        put("projects/{applicationId}", app);
        put("files/{fileId}", opt("select file_id from application_file where application_id = " + app
                + " order by file_id limit 1"));
        put("attachments/{fileId}", opt("select file_id from application_file where application_id = " + app
                + " order by file_id limit 1"));
        foreign.put("sections/{key}", "basic");
        foreign.put("versions/{number}", "1");
        foreign.put("conflicts/{token}", "00000000-0000-0000-0000-000000000001");
        put("calls/{id}", call);
        put("calls/{callId}", call);
        foreign.put("lists/{division}", FOREIGN_DIVISION);
        foreign.put("files/{role}", "scan");
        put("users/{id}", otherUser);
        put("locked/{id}", otherUser);
        put("members/{userId}", otherUser);
        put("members/{accountId}", otherUser);
        foreign.put("calendar/{year}", "2026");
        foreign.put("days/{date}", "2026-12-07");
        put("inbox/{id}", opt("select id from notification_inbox where username = 'qiye-yc1' order by id limit 1"));
        put("experts/{id}", opt("select id from expert order by id limit 1"));
        put("experts/{expertId}", opt("select expert_id from meeting_seat where meeting_id = " + meeting
                + " order by id limit 1"));
        put("groups/{id}", opt("select id from expert_company_group order by id limit 1"));
        put("members/{memberId}", opt("select id from expert_company_group_member order by id limit 1"));
        put("conflicts/{declarationId}", opt("select id from expert_conflict_declaration order by id limit 1"));
        put("meetings/{id}", meeting);
        put("meetings/{meetingId}", meeting);
        put("groups/{groupId}", opt("select id from meeting_group where meeting_id = " + meeting
                + " order by id limit 1"));
        put("sheets/{sheetId}", opt("select id from review_sheet where meeting_id = " + meeting
                + " order by id limit 1"));
        long team = opt("select id from site_visit_team where division_code = '" + FOREIGN_DIVISION
                + "' order by id limit 1");
        long visit = opt("select id from site_visit where team_id = " + team + " order by id limit 1");
        put("teams/{id}", team);
        put("teams/{teamId}", team);
        put("visits/{id}", visit);
        put("photos/{photoId}", opt("select id from site_visit_photo where visit_id = " + visit
                + " order by id limit 1"));
        put("attendees/{attendeeId}", opt("select id from site_visit_attendee where visit_id = " + visit
                + " order by id limit 1"));
        put("items/{itemId}", opt("select id from site_visit_item where visit_id = " + visit + " order by id limit 1"));
        long notice = opt("select id from public_notice order by id limit 1");
        put("notices/{id}", notice);
        put("notices/{noticeId}", notice);
        put("publicity/{id}", notice);
        long objection = opt("select id from objection_case order by id limit 1");
        put("objections/{id}", objection);
        foreign.put("transitions/{code}", "accept");
        long scenario = opt("select id from portal_scenario where division_code = '" + FOREIGN_DIVISION
                + "' order by id limit 1");
        put("scenarios/{id}", scenario);
        put("consents/{id}", scenario);
        put("designations/{publicationId}", opt("select id from designation_publication order by id limit 1"));
        put("projects/{designationId}", opt("select id from designated_project where division_code = '"
                + FOREIGN_DIVISION + "' order by id limit 1"));
        put("projects/{id}", opt("select id from designated_project order by id limit 1"));
        put("registrations/{id}", opt("select id from enterprise_registration order by id limit 1"));
        put("checkpoints/{id}", opt("select id from audit_checkpoint order by id limit 1"));
        put("designations/{designationId}", opt("select id from designated_project where division_code = '"
                + FOREIGN_DIVISION + "' order by id limit 1"));
        put("reports/{reportId}", opt("select id from monitoring_report where division_code = '" + FOREIGN_DIVISION
                + "' order by id limit 1"));
        put("rounds/{roundId}", opt("select id from monitoring_round order by id limit 1"));
        put("checks/{checkId}", opt("select c.id from monitoring_check c join designated_project d on d.id = "
                + "c.designation_id where d.division_code = '" + FOREIGN_DIVISION + "' order by c.id limit 1"));
        foreign.put("charts/{chart}", "divisions");
        foreign.put("content-items/{version}", "1");
        foreign.put("element-conditions/{version}", "1");
        foreign.put("credit-codes/{code}", "91420500MA4K00020X");
        foreign.put("confirm/{token}", "00000000000000000000000000000000");
        foreign.put("certificates/{token}", "00000000000000000000000000000000");

        Map<Actor, String> usernames = new LinkedHashMap<>();
        usernames.put(Actor.APPLICANT, "applicant");
        usernames.put(Actor.RECOMMENDER, "wuhan");
        usernames.put(Actor.EXPERT, expert);
        usernames.put(Actor.OFFICER, "officer");
        usernames.put(Actor.SYSTEM_ADMIN, "sysadmin");
        usernames.put(Actor.SECURITY_ADMIN, "secadmin");
        usernames.put(Actor.AUDIT_ADMIN, "auditor");
        for (Map.Entry<Actor, String> e : usernames.entrySet()) {
            MvcResult login = mvc.perform(formLogin().user(e.getValue())
                    .password(e.getKey() == Actor.EXPERT ? Filing.PASSWORD : "Demo#2020")).andReturn();
            assertThat(login.getResponse().getRedirectedUrl()).as(e.getValue()).doesNotContain("error");
            sessions.put(e.getKey(), Sessions.of(login));
        }
    }

    @Test
    void everyRouteRefusesEveryRoleAnotherOwnersObject() throws Exception {
        Set<String> uncovered = new TreeSet<>();
        Set<Declared> used = new LinkedHashSet<>();
        List<String[]> routes = routes();
        List<Callable<String>> requests = new ArrayList<>();
        Map<String, Long> slowest = new ConcurrentHashMap<>();
        for (String[] route : routes) {
            String method = route[0];
            String pattern = route[1];
            if (pattern.equals("/error")) {
                used.add(DECLARED.get(0));
                continue;
            }
            String uri = uri(pattern, uncovered);
            if (uri == null) {
                continue;
            }
            boolean object = VARIABLE.matcher(pattern).results().anyMatch(v -> !SHARED.contains(v.group(1)));
            for (Actor actor : Actor.values()) {
                Declared declared = declaration(method, pattern, actor);
                if (declared != null) {
                    used.add(declared);
                    if (!method.equals("GET") || !declared.sentTo(actor)) {
                        continue;
                    }
                }
                requests.add(() -> {
                    long started = System.nanoTime();
                    String failure = check(method, pattern, uri, route[2], actor, declared != null, object);
                    slowest.put(method + " " + uri + " as " + actor, (System.nanoTime() - started) / 1_000_000);
                    return failure;
                });
            }
        }
        // the requests are independent (each in its own rolled back transaction): three at a time
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<String> failures = new ArrayList<>();
        try {
            for (Future<String> f : pool.invokeAll(requests)) {
                if (f.get() != null) {
                    failures.add(f.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("route access matrix: %d routes, %d requests, slowest %s%n", routes.size(),
                requests.size(), slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue()
                        .reversed()).limit(8).toList());
        List<String> stale = new ArrayList<>();
        for (Declared d : DECLARED) {
            if (routes.stream().noneMatch(r -> d.matches(r[0], r[1]))) {
                stale.add("declared route no longer exists: " + d.method() + " " + d.pattern());
            }
        }
        failures.sort(null);
        assertThat(uncovered).as("new route not covered").isEmpty();
        assertThat(stale).isEmpty();
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /** One route as one role: a failure, or null. */
    private String check(String method, String pattern, String uri, String consumes, Actor actor, boolean declared,
                         boolean object) throws Exception {
        Attempt attempt = attempt(build(method, uri, consumes, actor));
        int status = attempt.status();
        String location = attempt.location();
        String request = method + " " + uri + " as " + actor;
        if (status >= 500) {
            return status + " " + request + " " + attempt.location();
        }
        if (declared) {
            return null; // a role that may see every owner's object here: only never a 5xx
        }
        if (!refusal(actor, status, location)) {
            if (!object) {
                return null; // no object of anybody's in the path: the permission matrices' matter
            } else if (status < 400 || status != missing(method, pattern, consumes, actor)) {
                return "not refused: " + status + " " + request + (status == 302 ? " → " + location : "");
            }
            // refused before the object is looked at (a body the handler cannot read): the same answer as for
            // an object that does not exist, so nothing is told about the foreign one
        }
        if (!attempt.written().isEmpty() && !attempt.rolledBack()) {
            return "changed " + attempt.written() + ": " + status + " " + request;
        }
        return null;
    }

    /** What one request did: its answer, the tables it wrote and whether its handler failed (and so rolled back). */
    record Attempt(int status, String location, Set<String> written, boolean rolledBack) {
    }

    /**
     * The request inside a transaction of the test that is rolled back afterwards: the handler's own transactions
     * join it, so what it writes is counted ({@code pg_stat_xact_user_tables}, the rows this transaction inserted,
     * updated or deleted, by table) and never reaches the demo world the next request is tried on. Reading the
     * transaction's statistics costs a millisecond where a digest of every table cost seconds.
     */
    private Attempt attempt(AbstractMockHttpServletRequestBuilder<?> request) {
        return new TransactionTemplate(transactions).execute(tx -> {
            tx.setRollbackOnly();
            Map<String, Long> before = writes();
            try {
                MvcResult result = mvc.perform(request).andReturn();
                Map<String, Long> after = writes();
                Set<String> written = new TreeSet<>();
                after.forEach((table, n) -> {
                    if (!n.equals(before.getOrDefault(table, 0L))) {
                        written.add(table);
                    }
                });
                return new Attempt(result.getResponse().getStatus(),
                        String.valueOf(result.getResponse().getRedirectedUrl()), written,
                        result.getResolvedException() != null);
            } catch (Exception e) {
                return new Attempt(500, e.toString(), Set.of(), true);
            }
        });
    }

    /** The rows this transaction wrote, by table, but the sessions, the audit trail and the abuse counters. */
    private Map<String, Long> writes() {
        Map<String, Long> writes = new TreeMap<>();
        jdbc.sql("select relname, n_tup_ins + n_tup_upd + n_tup_del as n from pg_stat_xact_user_tables")
                .query((rs, n) -> writes.put(rs.getString(1), rs.getLong(2))).list();
        writes.keySet().removeAll(VOLATILE);
        return writes;
    }

    /** Every handler method of every mapping, as {method, pattern, consumes}. */
    private List<String[]> routes() {
        List<String[]> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            String consumes = info.getConsumesCondition().getConsumableMediaTypes().toString();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    routes.add(new String[]{m.name(), pattern, consumes});
                }
            }
        }
        routes.sort((a, b) -> (a[1] + a[0]).compareTo(b[1] + b[0]));
        return routes;
    }

    private String uri(String pattern, Set<String> uncovered) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder uri = new StringBuilder();
        boolean complete = true;
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1);
            String key = segment + "{" + m.group(1) + "}";
            String value = foreign.get(key);
            if (value == null && pattern.contains("{action:")) {
                value = m.group(0).replaceAll("^\\{action:([a-z]+).*$", "$1");
            }
            if (value == null) {
                uncovered.add(pattern + " (no foreign object for " + key + ")");
                complete = false;
                value = "0";
            }
            m.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        m.appendTail(uri);
        return complete ? uri.toString() : null;
    }

    private AbstractMockHttpServletRequestBuilder<?> build(String method, String uri, String consumes, Actor actor) {
        AbstractMockHttpServletRequestBuilder<?> builder;
        HttpMethod http = HttpMethod.valueOf(method);
        if (consumes.contains("multipart")) {
            builder = multipart(http, uri);
        } else {
            builder = request(http, uri);
            if (!method.equals("GET") && (uri.startsWith("/api/") || consumes.contains("json"))) {
                builder.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        builder.with(csrf()).header("If-Match", "\"0\"").param("version", "0");
        if (uri.startsWith("/api/")) {
            builder.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
        }
        Cookie session = sessions.get(actor);
        if (session != null) {
            builder.cookie(session);
        }
        return builder;
    }

    /** The status of the same request on objects that do not exist. */
    private int missing(String method, String pattern, String consumes, Actor actor) throws Exception {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder missing = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(missing, SHARED.contains(m.group(1)) ? Matcher.quoteReplacement(m.group(0))
                    : "987654321");
        }
        m.appendTail(missing);
        String uri = uri(missing.toString(), new TreeSet<>());
        return attempt(build(method, uri, consumes, actor)).status();
    }

    private static boolean refusal(Actor actor, int status, String location) {
        if (actor == Actor.ANONYMOUS) {
            return status == 401 || status == 403 || status == 404
                    || (status == 302 && location.contains("/login"));
        }
        return status == 403 || status == 404 || status == 405;
    }

    private Declared declaration(String method, String pattern, Actor actor) {
        return DECLARED.stream().filter(d -> d.actors().contains(actor) && d.matches(method, pattern)).findFirst()
                .orElse(null);
    }

    private void put(String key, long id) {
        foreign.put(key, String.valueOf(id));
    }

    private long one(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** An object of the other owner, or an id nobody has when the demo has none (a 404 for everybody). */
    private long opt(String sql) {
        return jdbc.sql(sql).query(Long.class).optional().orElse(987_654_321L);
    }
}
