package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.internal.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

import java.util.List;
import java.util.Set;

/** Puts broken rules beside the fields of a form, or turns them into the API's {@code {field, message}} list. */
final class Violations {

    /** One broken rule in an API answer. */
    record FieldProblem(String field, String message) {
    }

    private Violations() {
    }

    /** Rules for fields the form does not have go to the top of the form. */
    static void bind(List<Violation> violations, BindingResult binding, Set<String> formFields) {
        for (Violation v : violations) {
            if (v.field() != null && formFields.contains(v.field())) {
                binding.rejectValue(v.field(), v.code(), v.getArguments(), v.code());
            } else {
                binding.reject(v.code(), v.getArguments(), v.code());
            }
        }
    }

    static List<FieldProblem> problems(List<Violation> violations, MessageSource messages) {
        return violations.stream()
                .map(v -> new FieldProblem(v.field(), messages.getMessage(v, LocaleContextHolder.getLocale())))
                .toList();
    }
}
