package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.validation.BindingResult;

import java.util.List;
import java.util.Set;

/** Puts field problems beside the fields of a form; problems of fields the form does not have go to its top. */
final class FormErrors {

    private FormErrors() {
    }

    static void bind(List<FieldProblem> problems, BindingResult binding, Set<String> formFields) {
        for (FieldProblem p : problems) {
            if (p.field() != null && formFields.contains(p.field())) {
                binding.rejectValue(p.field(), p.code(), p.getArguments(), p.code());
            } else {
                binding.reject(p.code(), p.getArguments(), p.code());
            }
        }
    }
}
