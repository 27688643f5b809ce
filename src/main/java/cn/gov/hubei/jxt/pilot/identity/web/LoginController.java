package cn.gov.hubei.jxt.pilot.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

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

    /** The login page after too many attempts (forwarded to by the login's failure handler): 429. */
    @RequestMapping("/login/throttled")
    String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object error = request.getAttribute("LOGIN_ERROR");
        if (error == null) {
            return "redirect:/login";
        }
        response.setStatus(429);
        model.addAttribute("loginError", error);
        return "identity/login";
    }
}
