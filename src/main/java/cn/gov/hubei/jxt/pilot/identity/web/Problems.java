package cn.gov.hubei.jxt.pilot.identity.web;

import cn.gov.hubei.jxt.pilot.identity.AccountRuleException;
import org.springframework.validation.BindingResult;

/** Puts the problems of a refused change beside the fields of the form that caused them. */
final class Problems {

    private Problems() {
    }

    static void bind(AccountRuleException e, BindingResult binding) {
        for (AccountRuleException.Problem p : e.problems()) {
            if (p.field() == null) {
                binding.reject(p.messageKey(), p.arguments(), p.messageKey());
            } else {
                binding.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
            }
        }
    }
}
