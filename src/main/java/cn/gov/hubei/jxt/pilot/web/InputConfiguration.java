package cn.gov.hubei.jxt.pilot.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@link InputFilter} once for the whole application: after the character-encoding filter, the request id
 * (both at the highest precedence) and the form-content filter that parses PUT and PATCH forms (-9900), before the
 * section pages' kept-form filter (-101) and Spring Security (-100).
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration {

    static final int ORDER = -9000;

    @Bean
    FilterRegistrationBean<InputFilter> inputFilter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        FilterRegistrationBean<InputFilter> registration = new FilterRegistrationBean<>(
                new InputFilter(messages, locales, json));
        registration.setOrder(ORDER);
        return registration;
    }
}
