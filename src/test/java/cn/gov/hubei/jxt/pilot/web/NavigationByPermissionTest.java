package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The navigation shows each module's page by the predicate that guards it: for every role, the links shown are
 * exactly the module home pages that role may open (each answers 200), and no home page it may open is missing.
 */
@ApplicationIntegrationTest
class NavigationByPermissionTest {

    /** The module home pages the navigation can link to. */
    static final List<String> HOME_PAGES = List.of("/applications", "/enterprise/profile", "/enterprise/members",
            "/recommendation", "/recommendation/ranking", "/calls", "/recommendation/overview", "/intake",
            "/review", "/enterprises/registrations", "/experts", "/experts/me", "/meetings", "/meetings/invitations",
            "/site-visits", "/publicity", "/objections", "/portal", "/designations", "/monitoring",
            "/monitoring/reports", "/analytics", "/admin/users", "/admin/calendar", "/admin/policy", "/audit",
            "/reference");

    /**
     * The public reference tables are left out of the navigation of the security and the audit administrator, whose
     * navigation keeps to their duty (三员分立); they may still open them.
     */
    static final Set<String> OPENABLE_BUT_NOT_LINKED_FOR_TWO_ADMINISTRATORS = Set.of("/reference");

    enum Actor { ANONYMOUS, APPLICANT, MANAGER, APPLICANT_OTHER, RECOMMENDER, OFFICER, EXPERT, SYSTEM_ADMIN,
        SECURITY_ADMIN, AUDIT_ADMIN }

    private static final Pattern MAIN_NAV = Pattern.compile("<ul class=\"navbar-nav me-auto\">(.*?)</ul>\\s*<ul class=\"navbar-nav\"",
            Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;

    @Test
    void eachRoleIsShownExactlyTheModulePagesItMayOpen() throws Exception {
        Filing filing = new Filing(mvc, calls, enterprises, users, clock);
        filing.openCall(null);
        Enterprise enterprise = filing.enterprise("420100");
        String manager = filing.applicantOf(enterprise);
        enterprises.addMember(enterprise.id(), users.findByUsername(manager).orElseThrow().id(), true);
        String colleague = filing.applicantOf(enterprise);
        enterprises.addMember(enterprise.id(), users.findByUsername(colleague).orElseThrow().id(), false);
        Enterprise other = filing.enterprise("420500");
        String otherApplicant = filing.applicantOf(other);
        enterprises.addMember(other.id(), users.findByUsername(otherApplicant).orElseThrow().id(), false);

        Map<Actor, Cookie> sessions = new LinkedHashMap<>();
        sessions.put(Actor.ANONYMOUS, null);
        sessions.put(Actor.APPLICANT, filing.login(colleague));
        sessions.put(Actor.MANAGER, filing.login(manager));
        sessions.put(Actor.APPLICANT_OTHER, filing.login(otherApplicant));
        sessions.put(Actor.RECOMMENDER, filing.login(filing.account(Role.RECOMMENDER, null, "420100")));
        sessions.put(Actor.OFFICER, filing.login(filing.account(Role.OFFICER, null, null)));
        sessions.put(Actor.EXPERT, filing.login(filing.account(Role.EXPERT, null, null)));
        sessions.put(Actor.SYSTEM_ADMIN, filing.login(filing.account(Role.SYSTEM_ADMIN, null, null)));
        sessions.put(Actor.SECURITY_ADMIN, filing.login(filing.account(Role.SECURITY_ADMIN, null, null)));
        sessions.put(Actor.AUDIT_ADMIN, filing.login(filing.account(Role.AUDIT_ADMIN, null, null)));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Actor, Cookie> actor : sessions.entrySet()) {
            Set<String> linked = linksOnTheHomePage(actor.getValue());
            Set<String> openable = new TreeSet<>();
            for (String page : HOME_PAGES) {
                if (status(actor.getValue(), page) == 200) {
                    openable.add(page);
                }
            }
            for (String link : linked) {
                if (!openable.contains(link)) {
                    wrong.add(actor.getKey() + " is shown " + link + " but gets " + status(actor.getValue(), link));
                }
            }
            for (String page : openable) {
                boolean exempt = (actor.getKey() == Actor.SECURITY_ADMIN || actor.getKey() == Actor.AUDIT_ADMIN)
                        && OPENABLE_BUT_NOT_LINKED_FOR_TWO_ADMINISTRATORS.contains(page);
                if (!linked.contains(page) && !exempt) {
                    wrong.add(actor.getKey() + " may open " + page + " but is not shown it");
                }
            }
            if (!linked.equals(expected(actor.getKey()))) {
                wrong.add(actor.getKey() + " is shown " + linked + ", expected " + expected(actor.getKey()));
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The navigation of each role, as a person sees it. */
    static Set<String> expected(Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> Set.of("/reference");
            case EXPERT -> Set.of("/applications", "/review", "/experts/me", "/meetings/invitations", "/reference");
            case APPLICANT, APPLICANT_OTHER -> Set.of("/applications", "/enterprise/profile", "/portal",
                    "/monitoring/reports", "/reference");
            case MANAGER -> Set.of("/applications", "/enterprise/profile", "/enterprise/members", "/portal",
                    "/monitoring/reports", "/reference");
            case RECOMMENDER -> Set.of("/applications", "/recommendation", "/recommendation/ranking",
                    "/monitoring/reports", "/analytics", "/reference");
            case OFFICER -> Set.of("/applications", "/calls", "/recommendation/overview", "/intake", "/review",
                    "/meetings", "/enterprises/registrations", "/experts", "/site-visits", "/publicity", "/objections",
                    "/portal", "/designations", "/monitoring", "/monitoring/reports", "/analytics", "/reference");
            case SYSTEM_ADMIN -> Set.of("/admin/users", "/admin/calendar", "/reference");
            case SECURITY_ADMIN -> Set.of("/admin/policy");
            case AUDIT_ADMIN -> Set.of("/audit");
        };
    }

    /** The module pages linked from the main navigation of the home page, the home page itself left out. */
    private Set<String> linksOnTheHomePage(Cookie session) throws Exception {
        MockHttpServletResponse response = mvc.perform(withSession(get("/"), session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Matcher nav = MAIN_NAV.matcher(response.getContentAsString());
        assertThat(nav.find()).isTrue();
        Set<String> links = new LinkedHashSet<>();
        Matcher href = HREF.matcher(nav.group(1));
        while (href.find()) {
            if (!href.group(1).equals("/")) {
                links.add(href.group(1));
            }
        }
        return new TreeSet<>(links);
    }

    private int status(Cookie session, String page) throws Exception {
        return mvc.perform(withSession(get(page), session)).andReturn().getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder withSession(MockHttpServletRequestBuilder request, Cookie session) {
        return session == null ? request : request.cookie(session);
    }
}
