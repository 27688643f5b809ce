package cn.gov.hubei.jxt.pilot.platform;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host}, {@code -Port}) are honoured only from the
 * proxies named in {@code app.web.trusted-proxies} (a comma-separated list of IP addresses, e.g. the TLS proxy's
 * {@code 10.0.0.5}). Tomcat's RemoteIpValve, which {@code server.forward-headers-strategy=native} installs, would
 * otherwise trust every private and loopback address, so anyone reaching the application from such an address could
 * choose the host of redirects, pose as https and write any client address into the audit trail. Default: none.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final List<String> addresses;

    TrustedProxies(@Value("${app.web.trusted-proxies:}") String addresses) {
        this.addresses = Arrays.stream(addresses == null ? new String[0] : addresses.split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /** A regular expression that matches exactly the configured addresses; {@code null} (nobody) when none is. */
    String pattern() {
        return addresses.isEmpty() ? null
                : addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (!(factory instanceof TomcatWebServerFactory tomcat)) {
            return;
        }
        tomcat.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(pattern());
                    valve.setTrustedProxies(null);
                });
    }

    /** After Spring Boot's own customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
