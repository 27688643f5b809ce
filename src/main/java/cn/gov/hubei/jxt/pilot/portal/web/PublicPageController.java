package cn.gov.hubei.jxt.pilot.portal.web;

import cn.gov.hubei.jxt.pilot.portal.PortalNotices;
import cn.gov.hubei.jxt.pilot.portal.PublicProjects;
import cn.gov.hubei.jxt.pilot.portal.ScenarioLibrary;
import cn.gov.hubei.jxt.pilot.portal.web.PublicFilters.ProjectForm;
import cn.gov.hubei.jxt.pilot.portal.web.PublicFilters.ScenarioForm;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public portal's pages, without login: the home (current notice, latest designations, entry points and the
 * certificate check), the designated projects and a project's page, the typical-scenario library and a scenario's
 * page. Server-rendered from briefly cached data, {@code Cache-Control: public, max-age=60}; the public layout has no
 * script, no form that needs a session, and so no cookie is set.
 */
@Controller
@RequestMapping("/public")
class PublicPageController {

    static final String CACHE = "public, max-age=60";
    /** A verification token as the designation module prints it in a certificate's QR address. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{6,128}");
    private static final Pattern ADDRESS = Pattern.compile("/public/certificates/([^/?#\\s]+)");

    private final PublicProjects projects;
    private final ScenarioLibrary library;
    private final PortalNotices notices;
    private final PortalVocabulary vocabulary;

    PublicPageController(PublicProjects projects, ScenarioLibrary library, PortalNotices notices,
                         PortalVocabulary vocabulary) {
        this.projects = projects;
        this.library = library;
        this.notices = notices;
        this.vocabulary = vocabulary;
    }

    @GetMapping
    String home(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        model.addAttribute("notice", notices.current().orElse(null));
        model.addAttribute("latest", projects.latest(5));
        model.addAttribute("section", "home");
        model.addAllAttributes(vocabulary.names());
        return "portal/home";
    }

    @GetMapping("/verify")
    String verify(@RequestParam(required = false) String address, Model model, HttpServletResponse response) {
        Optional<String> token = token(address);
        if (token.isPresent()) {
            return "redirect:/public/certificates/" + token.get();
        }
        model.addAttribute("address", address == null ? "" : PublicFilters.text(address));
        model.addAttribute("verifyError", address != null);
        model.addAttribute("section", "verify");
        if (address == null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        }
        return "portal/verify";
    }

    /** The token of a verification address (the QR code's URL) or a token typed as it is. */
    static Optional<String> token(String address) {
        if (address == null || address.isBlank() || address.length() > 500) {
            return Optional.empty();
        }
        String a = address.strip();
        Matcher m = ADDRESS.matcher(a);
        String candidate = m.find() ? m.group(1) : a;
        return TOKEN.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    @GetMapping("/projects")
    String projects(@ModelAttribute("form") ProjectForm form, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        PublicProjects.Filter filter = PublicFilters.projects(form, vocabulary);
        PublicProjects.Page page = projects.search(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("years", projects.years());
        model.addAttribute("divisions", vocabulary.divisions());
        model.addAttribute("modes", vocabulary.modes());
        model.addAttribute("industries", vocabulary.industries());
        model.addAllAttributes(vocabulary.names());
        model.addAttribute("section", "projects");
        pageLinks(model, page.page(), page.pageCount(), n -> UriComponentsBuilder.fromPath("/public/projects")
                .queryParamIfPresent("year", Optional.ofNullable(filter.year()))
                .queryParamIfPresent("division", Optional.ofNullable(filter.division()))
                .queryParamIfPresent("mode", Optional.ofNullable(filter.mode()))
                .queryParamIfPresent("industry", Optional.ofNullable(filter.industry()))
                .queryParamIfPresent("q", Optional.ofNullable(filter.text()))
                .queryParam("page", n + 1).encode().build().toUriString());
        return "portal/projects";
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable long id, Model model, HttpServletResponse response) {
        PublicProjects.ProjectPage page = projects.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        model.addAttribute("p", page);
        model.addAllAttributes(vocabulary.names());
        model.addAttribute("section", "projects");
        return "portal/project";
    }

    @GetMapping("/scenarios")
    String scenarios(@ModelAttribute("form") ScenarioForm form, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        ScenarioLibrary.Filter filter = PublicFilters.scenarios(form, vocabulary);
        ScenarioLibrary.Page page = library.search(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("stages", vocabulary.stages());
        model.addAttribute("modes", vocabulary.modes());
        model.addAttribute("industries", vocabulary.industries());
        model.addAllAttributes(vocabulary.names());
        model.addAttribute("section", "scenarios");
        pageLinks(model, page.page(), page.pageCount(), n -> UriComponentsBuilder.fromPath("/public/scenarios")
                .queryParamIfPresent("stage", Optional.ofNullable(filter.stage()))
                .queryParamIfPresent("mode", Optional.ofNullable(filter.mode()))
                .queryParamIfPresent("industry", Optional.ofNullable(filter.industry()))
                .queryParamIfPresent("q", Optional.ofNullable(filter.text()))
                .queryParam("page", n + 1).encode().build().toUriString());
        return "portal/scenarios";
    }

    @GetMapping("/scenarios/{id}")
    String scenario(@PathVariable long id, Model model, HttpServletResponse response) {
        ScenarioLibrary.PublicScenario scenario = library.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        model.addAttribute("s", scenario);
        model.addAllAttributes(vocabulary.names());
        model.addAttribute("section", "scenarios");
        return "portal/scenario";
    }

    private static void pageLinks(Model model, int page, int pageCount, IntFunction<String> link) {
        model.addAttribute("pageLinks", Map.of(
                "previous", page > 0 ? link.apply(page - 1) : "",
                "next", page + 1 < pageCount ? link.apply(page + 1) : ""));
    }
}
