package cn.gov.hubei.jxt.pilot.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Locale;

/**
 * What every controller binds, in one place. Lists grow at most to {@link InputFilter#MAX_LIST_INDEX} + 1 rows (the
 * filter has already refused larger or malformed indexes, so this is the second line). A JSON body that cannot be
 * read — not JSON, {@code null}, or a value of the wrong type — is a 400 {@code application/problem+json} in
 * Chinese on every endpoint: the module's own wording ({@code <module>.problem.unreadable}) where it has one, the
 * shell's otherwise. Ordered first, so that this one handler answers for every module.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InputBinding {

    private static final String ROOT = "cn.gov.hubei.jxt.pilot.";

    private final MessageSource messages;

    InputBinding(MessageSource messages) {
        this.messages = messages;
    }

    @InitBinder
    void limitLists(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(InputFilter.MAX_LIST_INDEX + 1);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, tools.jackson.core.JacksonException.class})
    @ResponseBody
    org.springframework.http.ResponseEntity<ProblemDetail> unreadable(Exception e, HandlerMethod handler) {
        String module = module(handler);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                text(module + ".problem.unreadable", "web.problem.unreadable"));
        problem.setTitle(text(module + ".problem.unreadable.title", "web.problem.unreadable.title"));
        return org.springframework.http.ResponseEntity.badRequest()
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String module(HandlerMethod handler) {
        String name = handler == null ? "" : handler.getBeanType().getName();
        if (!name.startsWith(ROOT)) {
            return "web";
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "web" : rest.substring(0, dot).toLowerCase(Locale.ROOT);
    }

    private String text(String key, String fallbackKey) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {key, fallbackKey}, fallbackKey),
                LocaleContextHolder.getLocale());
    }
}
