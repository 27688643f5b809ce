package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Locale;

/** Each role lands on its own home page. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user);
        return "web/home-" + user.primaryRole().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
