package cn.gov.hubei.jxt.pilot.reference.web;

import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read-only pages of the reference data, open to everyone (SecurityConfiguration permits /reference/**): applicants
 * read the element conditions before they log in.
 */
@Controller
@RequestMapping("/reference")
@PreAuthorize("permitAll()")
class ReferencePageController {

    private final ReferenceCatalog catalog;

    ReferencePageController(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("elementConditionVersions", catalog.elementConditionVersions());
        model.addAttribute("contentItemVersions", catalog.contentItemVersions());
        return "reference/index";
    }

    @GetMapping("/divisions")
    String divisions(Model model) {
        model.addAttribute("divisions", catalog.divisions());
        model.addAttribute("provinces", catalog.provincialDivisions());
        return "reference/divisions";
    }

    @GetMapping("/modes")
    String modes(Model model) {
        model.addAttribute("modes", catalog.modes());
        model.addAttribute("newTechnologies", catalog.newTechnologies());
        return "reference/modes";
    }

    @GetMapping("/element-conditions")
    String elementConditionVersions(Model model) {
        model.addAttribute("versions", catalog.elementConditionVersions());
        return "reference/element-condition-versions";
    }

    @GetMapping("/element-conditions/{version}")
    String elementConditions(@PathVariable String version, Model model) {
        model.addAttribute("set", catalog.elementConditions(version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("versions", catalog.elementConditionVersions());
        return "reference/element-conditions";
    }

    @GetMapping("/content-items")
    String contentItemVersions(Model model) {
        model.addAttribute("versions", catalog.contentItemVersions());
        return "reference/content-item-versions";
    }

    @GetMapping("/content-items/{version}")
    String contentItems(@PathVariable String version, Model model) {
        model.addAttribute("set", catalog.contentItems(version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("versions", catalog.contentItemVersions());
        return "reference/content-items";
    }

    @GetMapping("/indicators")
    String indicators(Model model) {
        model.addAttribute("indicators", catalog.indicators());
        return "reference/indicators";
    }

    @GetMapping("/industries")
    String industries(Model model) {
        model.addAttribute("industries", catalog.industries());
        return "reference/industries";
    }
}
