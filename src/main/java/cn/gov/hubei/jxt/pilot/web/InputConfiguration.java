package cn.gov.hubei.jxt.pilot.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@link InputFilter} once for the whole application: after the character-encoding filter and the request
 * id (both at the highest precedence), before the section pages' kept-form filter and Spring Security.
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<InputFilter> inputFilter(MessageSource messages, JsonMapper json) {
        FilterRegistrationBean<InputFilter> registration = new FilterRegistrationBean<>(new InputFilter(messages, json));
        registration.setOrder(ORDER);
        return registration;
    }
}
