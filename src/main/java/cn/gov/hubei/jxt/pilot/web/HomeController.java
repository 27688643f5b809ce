package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Locale;

/**
 * Each role lands on its own home page with its open work; without a login, {@code /} explains the programme and
 * the calls under way.
 */
@Controller
class HomeController {

    private final Homes homes;

    HomeController(Homes homes) {
        this.homes = homes;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user == null) {
            model.addAttribute("programme", homes.publicHome());
            return "web/home-public";
        }
        model.addAttribute("user", user);
        Role role = user.primaryRole();
        switch (role) {
            case APPLICANT -> user.enterpriseId().ifPresent(e -> {
                model.addAttribute("work", homes.applicant(e));
                model.addAttribute("designations", homes.designations(user));
            });
            case RECOMMENDER -> {
                user.divisionCode().ifPresent(d -> model.addAttribute("work", homes.recommender(d)));
                model.addAttribute("siteVisits", homes.siteVisits(user.id()));
            }
            case OFFICER -> {
                model.addAttribute("work", homes.officer());
                model.addAttribute("notices", homes.officerNotices(user));
            }
            case EXPERT -> {
                model.addAttribute("invitations", homes.expert(user.id()));
                model.addAttribute("work", homes.expertWork(user));
                model.addAttribute("siteVisits", homes.siteVisits(user.id()));
            }
            default -> {
            }
        }
        return "web/home-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
