package cn.gov.hubei.jxt.pilot.enterprise.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address that links in e-mails start with. {@code app.public-base-url} (e.g. https://znzz.jxt.hubei.gov.cn)
 * wins, because a link built from a request trusts its Host header; without it the request's own address is used,
 * which suits a development machine.
 */
@Component
class PublicLinks {

    private final String configured;

    PublicLinks(@Value("${app.public-base-url:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
    }

    String base() {
        return configured.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : configured;
    }
}
