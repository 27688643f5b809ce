package cn.gov.hubei.jxt.pilot.expert.web;

import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;
import java.util.Set;

/** What the pool's page controllers share: the person, problems beside their fields. */
final class Pages {

    private Pages() {
    }

    static CurrentUser person(Authentication authentication) {
        return CurrentUser.of(authentication).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /**
     * Puts each problem beside its field (or the whole form when the form has no such field; {@code renamed} maps a
     * rule's field to the form's).
     */
    static void bind(ExpertRefusedException e, BindingResult binding, Set<String> fields, Map<String, String> renamed) {
        if (e.problems().isEmpty()) {
            binding.reject(e.code(), e.getArguments(), e.code());
            return;
        }
        for (FieldProblem p : e.problems()) {
            String field = renamed.getOrDefault(p.field(), p.field());
            if (field != null && fields.contains(field)) {
                if (!binding.hasFieldErrors(field)) {
                    binding.rejectValue(field, p.code(), p.getArguments(), p.code());
                }
            } else {
                binding.reject(p.code(), p.getArguments(), p.code());
            }
        }
    }
}
