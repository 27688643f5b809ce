package cn.gov.hubei.jxt.pilot.identity.web;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.identity.AccountRuleException;
import org.springframework.validation.BindingResult;

/** Puts the problems of a refused change beside the fields of the form that caused them. */
final class Problems {

    private Problems() {
    }

    static void bind(AccountRuleException e, BindingResult binding) {
        bind(e, binding, java.util.Map.of());
    }

    /** As {@link #bind(AccountRuleException, BindingResult)}, naming a form field where it differs from the rule's. */
    static void bind(AccountRuleException e, BindingResult binding, java.util.Map<String, String> formFields) {
        for (FieldProblem p : e.problems()) {
            if (p.field() == null) {
                binding.reject(p.code(), p.getArguments(), p.code());
            } else {
                binding.rejectValue(formFields.getOrDefault(p.field(), p.field()), p.code(), p.getArguments(),
                        p.code());
            }
        }
    }
}
