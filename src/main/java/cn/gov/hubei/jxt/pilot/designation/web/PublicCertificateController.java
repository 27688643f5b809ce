package cn.gov.hubei.jxt.pilot.designation.web;

import cn.gov.hubei.jxt.pilot.designation.CertificateCheck;
import cn.gov.hubei.jxt.pilot.designation.Certificates;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

/**
 * The public verification page of a certificate (the QR code's address): anyone, without logging in, sees whether
 * it is valid, expired, revoked or replaced, with the serial, the unit, the project, the document number and the
 * validity — nothing private. An unknown token is a 404 page saying so. Never cached (the state changes with time).
 */
@Controller
@RequestMapping("/public/certificates")
class PublicCertificateController {

    private final Certificates certificates;

    PublicCertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping
    String form(@RequestParam(name = "token", required = false) String token, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        if (token != null && !token.isBlank()) {
            String cleaned = token.strip();
            int slash = cleaned.lastIndexOf('/');
            cleaned = slash >= 0 ? cleaned.substring(slash + 1) : cleaned;
            if (cleaned.matches("[A-Za-z0-9_-]{1,64}")) {
                return "redirect:/public/certificates/" + cleaned;
            }
        }
        return "designation/verify-form";
    }

    @GetMapping("/{token}")
    String verify(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        response.setHeader("X-Robots-Tag", "noindex");
        Optional<CertificateCheck> check = certificates.verify(token);
        if (check.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("check", check.orElse(null));
        return "designation/verify";
    }
}
