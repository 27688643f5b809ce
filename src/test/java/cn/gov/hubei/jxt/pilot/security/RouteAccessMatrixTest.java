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
import java.util.TreeSet;
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
 * nobody) and nothing may change (every table's digest, as {@code HostileInputTest} compares them).
 *
 * <p>A role that legitimately reaches other owners' objects through a route (the officer sees every application) and
 * the routes that are public by design are declared in {@link #DECLARED}, each with its reason; their GETs are
 * still requested (never a 5xx), their other methods are not sent (they would change the world the others are tried
 * on). The test fails when a mapping has a path variable it has no foreign object for ("new route not covered") and
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
    record Declared(String method, String pattern, Set<Actor> actors, String reason) {
        boolean matches(String m, String p) {
            return m.matches(method) && p.matches(pattern);
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
                    "the public portal, notices, certificates and the objection form are public by design (no login)"),
            new Declared("GET|POST", "/register/confirm/\\{token}", ALL,
                    "the confirmation link of a registration is the proof itself (a random token, 404 when unknown)"),
            new Declared(".*", "(/api/v1)?/(applications|intake|calls|recommendation/calls|recommendation/lists"
                    + "|recommendation/applications|experts|meetings|review|site-visits|publicity|objections"
                    + "|designations|portal|enterprises/registrations)(/.*)?", PROVINCE,
                    "the programme office (省经信厅) administers every call and sees every submitted application, "
                    + "list, meeting, visit, notice, objection, designation and scenario of the province"),
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
            "audit_entry", "audit_chain_head", "audit_action", "rate_limit_bucket");
    /** Path variables that name no owner's object: a call, a section, a version number, a year … */
    static final Set<String> SHARED = Set.of("callId", "key", "number", "year", "date", "version", "role", "code",
            "action");
    static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    static final String FOREIGN_DIVISION = "420500";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    final Map<Actor, Cookie> sessions = new LinkedHashMap<>();
    /** The foreign object of each path variable, by the literal segment before it and its name ("meetings/{id}"). */
    final Map<String, String> foreign = new LinkedHashMap<>();
    String digestQuery;
    Map<String, String> last;

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
        List<String> failures = new ArrayList<>();
        Set<Declared> used = new LinkedHashSet<>();
        Map<String, String> gets = tables();
        last = gets;
        List<String[]> routes = routes();
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
            boolean get = method.equals("GET");
            Map<String, String> before = get ? null : last;
            boolean accepted = false;
            for (Actor actor : Actor.values()) {
                Declared declared = declaration(method, pattern, actor);
                if (declared != null) {
                    used.add(declared);
                    if (!get) {
                        continue;
                    }
                }
                MvcResult result = mvc.perform(build(method, uri, route[2], actor)).andReturn();
                int status = result.getResponse().getStatus();
                String location = String.valueOf(result.getResponse().getRedirectedUrl());
                if (status >= 500) {
                    failures.add(status + " " + method + " " + uri + " as " + actor);
                } else if (declared == null && !refusal(actor, status, location)) {
                    if (!object) {
                        accepted = true; // no object of anybody's in the path: the permission matrices' matter
                    } else if (status >= 400 && status == missing(method, pattern, route[2], actor)) {
                        // refused before the object is looked at (a body the handler cannot read): the same
                        // answer as for an object that does not exist, so nothing is told about the foreign one
                        continue;
                    } else {
                        failures.add("not refused: " + status + " " + method + " " + uri + " as " + actor
                                + (status == 302 ? " → " + location : ""));
                    }
                }
            }
            if (!get) {
                Map<String, String> now = tables();
                if (!accepted && !now.equals(before)) {
                    failures.add("changed: " + method + " " + uri + " " + diff(before, now));
                }
                last = now;
            }
        }
        if (!tables().equals(last)) {
            failures.add("a GET changed something: " + diff(last, tables()));
        }
        List<String> stale = new ArrayList<>();
        for (Declared d : DECLARED) {
            if (routes.stream().noneMatch(r -> d.matches(r[0], r[1]))) {
                stale.add("declared route no longer exists: " + d.method() + " " + d.pattern());
            }
        }
        assertThat(uncovered).as("new route not covered").isEmpty();
        assertThat(stale).isEmpty();
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
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
        return mvc.perform(build(method, uri, consumes, actor)).andReturn().getResponse().getStatus();
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

    private static String diff(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                changed.add(k);
            }
        });
        return changed.toString();
    }

    /** A digest of every table's rows, but those that change on their own, with every page view or refusal. */
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
}
