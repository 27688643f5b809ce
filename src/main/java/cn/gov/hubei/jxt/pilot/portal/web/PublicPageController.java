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
        PublicProjects.Filter filter = PublicFilters.projects(form, vocabulary);
        PublicProjects.Page page = projects.search(filter);
        model.addAttribute("years", projects.years());
        model.addAttribute("divisions", vocabulary.divisions());
        return list("projects", filter, page, page.page(), page.pageCount(), parameters(
                "year", filter.year(), "division", filter.division(), "mode", filter.mode(),
                "industry", filter.industry(), "q", filter.text()), model, response);
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
        ScenarioLibrary.Filter filter = PublicFilters.scenarios(form, vocabulary);
        ScenarioLibrary.Page page = library.search(filter);
        model.addAttribute("stages", vocabulary.stages());
        return list("scenarios", filter, page, page.page(), page.pageCount(), parameters(
                "stage", filter.stage(), "mode", filter.mode(), "industry", filter.industry(),
                "q", filter.text()), model, response);
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

    /**
     * A filtered list ({@code /public/projects}, {@code /public/scenarios}): cached briefly, the filter and the page,
     * the vocabularies every filter offers, and the links to the previous and next page keeping the filter.
     */
    private String list(String section, Object filter, Object page, int number, int pageCount,
                        Map<String, Object> parameters, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("modes", vocabulary.modes());
        model.addAttribute("industries", vocabulary.industries());
        model.addAllAttributes(vocabulary.names());
        model.addAttribute("section", section);
        IntFunction<String> link = n -> {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/public/" + section);
            parameters.forEach((name, value) -> uri.queryParamIfPresent(name, Optional.ofNullable(value)));
            return uri.queryParam("page", n + 1).encode().build().toUriString();
        };
        model.addAttribute("pageLinks", Map.of(
                "previous", number > 0 ? link.apply(number - 1) : "",
                "next", number + 1 < pageCount ? link.apply(number + 1) : ""));
        return "portal/" + section;
    }

    /** The filter's parameters in order, name then value (null: left out of the links). */
    private static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }
}
