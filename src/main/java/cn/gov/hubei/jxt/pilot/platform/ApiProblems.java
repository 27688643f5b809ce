package cn.gov.hubei.jxt.pilot.platform;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.List;
import java.util.Locale;

/**
 * The one factory of the API's {@code application/problem+json} answers: a title and a detail a person can read (from
 * the calling module's bundle, in the request's locale) and, for broken rules, an {@code errors} list of
 * {@code {field, message}} with the request's field names. Every module's API advice builds its answers here, so
 * that all of them have the same shape.
 */
@Component
public class ApiProblems {

    /** One broken rule as the API shows it: the request's field name and the message a person reads. */
    public record FieldMessage(String field, String message) {
    }

    private final MessageSource messages;

    public ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem whose detail is the message {@code detailKey} with {@code args}. */
    public ProblemDetail of(HttpStatus status, String titleKey, String detailKey, Object... args) {
        return withDetail(status, titleKey, text(detailKey, args));
    }

    /** A problem whose detail is a resolvable (a refusal with its reason, a broken rule). */
    public ProblemDetail of(HttpStatus status, String titleKey, MessageSourceResolvable detail) {
        return withDetail(status, titleKey, text(detail));
    }

    /** A problem whose detail is already text. */
    public ProblemDetail withDetail(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text(titleKey));
        return problem;
    }

    /**
     * 400 with {@code errors}: each problem resolved beside its field. {@code detailKey} receives the number of
     * problems as its one argument.
     */
    public ProblemDetail invalid(String titleKey, String detailKey, List<FieldProblem> problems) {
        return invalid(HttpStatus.BAD_REQUEST, titleKey, detailKey, problems);
    }

    /** As {@link #invalid(String, String, List)}, with the status the module's API gives broken rules (e.g. 422). */
    public ProblemDetail invalid(HttpStatus status, String titleKey, String detailKey, List<FieldProblem> problems) {
        return invalidMessages(status, titleKey, detailKey, problems.stream()
                .map(p -> new FieldMessage(p.field(), text(p))).toList());
    }

    /** 400 with {@code errors} from a binding's field errors (bean validation of a request body). */
    public ProblemDetail invalid(String titleKey, String detailKey, BindingResult binding) {
        return invalidMessages(titleKey, detailKey, binding.getFieldErrors().stream()
                .map((FieldError error) -> new FieldMessage(error.getField(), text(error))).toList());
    }

    /** 400 with {@code errors} already resolved. */
    public ProblemDetail invalidMessages(String titleKey, String detailKey, List<FieldMessage> errors) {
        return invalidMessages(HttpStatus.BAD_REQUEST, titleKey, detailKey, errors);
    }

    /** As {@link #invalidMessages(String, String, List)}, with the status the module's API gives broken rules. */
    public ProblemDetail invalidMessages(HttpStatus status, String titleKey, String detailKey,
                                         List<FieldMessage> errors) {
        ProblemDetail problem = of(status, titleKey, detailKey, String.valueOf(errors.size()));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The text of a message key in the request's locale. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    /** The text of a resolvable in the request's locale. */
    public String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
