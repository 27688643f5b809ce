package cn.gov.hubei.jxt.pilot.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * A form record that could not even be built from what was posted — a value its record cannot hold, such as text
 * for a number, a role or a date that does not exist: the binder then leaves the form {@code null} with its errors —
 * is answered with the 400 page (「提交的内容有误，系统没有保存任何内容。…」) instead of the form's page, which would
 * fail on the missing form with a 500. Nothing has been saved: the handler had no form to save.
 */
final class UnboundForms implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        Map<String, Object> model = view.getModel();
        for (Map.Entry<String, Object> e : model.entrySet()) {
            if (e.getValue() instanceof BindingResult result && result.hasErrors() && result.getTarget() == null
                    && e.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
                    && model.get(e.getKey().substring(BindingResult.MODEL_KEY_PREFIX.length())) == null) {
                view.setViewName("error/400");
                view.setStatus(HttpStatus.BAD_REQUEST);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return;
            }
        }
    }
}
