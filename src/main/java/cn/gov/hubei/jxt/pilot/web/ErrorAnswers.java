package cn.gov.hubei.jxt.pilot.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.ServletWebRequest;

import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every error answer in the system's language, also those no module's own handler gave. Spring Boot's error
 * controller answers the API's leftovers — an unknown path (404), a path variable that is not a number or beyond a
 * long (400), a method the path does not take (405), a body type it does not read (415) — with an English
 * {@code {"error":"Bad Request"}}; here they are {@code application/problem+json} like every module's problems: a
 * Chinese title of the status and a sentence that says what was wrong (the parameter by name when a value had the
 * wrong type), the path and the request's reference. Pages keep the error templates. Requests Tomcat refuses before
 * the application sees them get {@link ServerErrorReport}.
 */
@Configuration(proxyBeanMethods = false)
class ErrorAnswers {

    /** The message of a request refused for its address or headers, by the server or by the firewall. */
    static final String REQUEST_REFUSED = "error.400.request";

    @Bean
    BasicErrorController basicErrorController(ErrorAttributes errorAttributes, ObjectProvider<WebProperties> web,
                                              ObjectProvider<ErrorViewResolver> resolvers, MessageSource messages) {
        return new ProblemErrorController(errorAttributes, web.getIfAvailable(WebProperties::new),
                resolvers.orderedStream().toList(), messages);
    }

    /**
     * Spring Security's firewall refuses a path with an encoded period, slash, semicolon or a NUL that Tomcat let
     * through: the same 400 as Tomcat's refusal, with the same sentence.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> {
            request.setAttribute(InputFilter.REFUSED, REQUEST_REFUSED);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    /** After Spring Boot's customizer, which adds its own error report to the host. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> serverErrorReport(
            MessageSource messages, @Value("${spring.web.locale:zh_CN}") Locale locale, JsonMapper json) {
        return factory -> factory.addContextCustomizers(context ->
                ServerErrorReport.install(context.getParent(), new ServerErrorReport(messages, locale, json)));
    }

    static final class ProblemErrorController extends BasicErrorController {

        private final ErrorAttributes errorAttributes;
        private final MessageSource messages;

        ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers,
                               MessageSource messages) {
            super(errorAttributes, web.getError(), resolvers);
            this.errorAttributes = errorAttributes;
            this.messages = messages;
        }

        @Override
        public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            HttpStatus status = getStatus(request);
            if (status == HttpStatus.NO_CONTENT) {
                return new ResponseEntity<>(status);
            }
            Map<String, Object> attributes = getErrorAttributes(request,
                    ErrorAttributeOptions.of(ErrorAttributeOptions.Include.PATH));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", text("error." + status.value() + ".title", "error.generic.title"));
            body.put("status", status.value());
            body.put("detail", detail(status, request.getAttribute(InputFilter.REFUSED),
                    errorAttributes.getError(new ServletWebRequest(request))));
            if (attributes.get("path") != null) {
                body.put("instance", attributes.get("path"));
            }
            if (attributes.get("requestId") != null) {
                body.put("requestId", attributes.get("requestId"));
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }

        private String detail(HttpStatus status, Object refused, Throwable error) {
            if (status == HttpStatus.BAD_REQUEST && refused instanceof String key && key.startsWith("error.400.")) {
                return text(key, "error.400.text");
            }
            if (error instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
                Class<?> type = mismatch.getRequiredType();
                boolean number = type != null
                        && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type));
                return messages.getMessage(number ? "error.400.parameter.number" : "error.400.parameter",
                        new Object[] {mismatch.getPropertyName()}, LocaleContextHolder.getLocale());
            }
            if (error instanceof MissingServletRequestParameterException missing) {
                return messages.getMessage("error.400.missing", new Object[] {missing.getParameterName()},
                        LocaleContextHolder.getLocale());
            }
            return text("error." + status.value() + ".text", "error.generic.text");
        }

        private String text(String key, String fallbackKey) {
            return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {key, fallbackKey},
                    fallbackKey), LocaleContextHolder.getLocale());
        }
    }
}
