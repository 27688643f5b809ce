package cn.gov.hubei.jxt.pilot.recommendation.web;

import cn.gov.hubei.jxt.pilot.recommendation.internal.InvalidInputException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationMessages;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** What the recommendation pages share: a rule's problems shown beside their fields. */
final class PageSupport {

    private PageSupport() {
    }

    /** Each problem beside its field, in words (the messages are resolved here, arguments included). */
    static void reject(BindingResult binding, InvalidInputException e, RecommendationMessages messages) {
        for (FieldProblem problem : e.problems()) {
            String text = messages.text(problem);
            if (problem.field() == null) {
                binding.addError(new ObjectError(binding.getObjectName(), null, null, text));
            } else {
                binding.addError(new FieldError(binding.getObjectName(), problem.field(),
                        value(binding, problem.field()), false, null, null, text));
            }
        }
    }

    /** The first problem in words, for a page that shows one message (a flash). */
    static String first(InvalidInputException e, RecommendationMessages messages) {
        return messages.text(e.problems().get(0));
    }

    /** What the person entered, so that the page shows it again beside the error. */
    private static Object value(BindingResult binding, String field) {
        try {
            return binding.getRawFieldValue(field);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
