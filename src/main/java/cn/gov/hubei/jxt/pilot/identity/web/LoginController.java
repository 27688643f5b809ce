package cn.gov.hubei.jxt.pilot.identity.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object error = session.getAttribute("LOGIN_ERROR");
        if (error != null) {
            model.addAttribute("loginError", error);
            session.removeAttribute("LOGIN_ERROR");
        }
        return "identity/login";
    }
}
