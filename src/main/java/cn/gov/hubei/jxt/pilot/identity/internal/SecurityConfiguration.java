package cn.gov.hubei.jxt.pilot.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Public: the home page (its anonymous version), the login page, static assets, reference
 * data, the working-day calendar, credit-code
 * checks, the token endpoint and health. Everything else needs a login; each controller additionally checks its
 * module's named permission. People log in with a form and a session (CSRF on); API clients send a bearer token
 * (no session, no CSRF).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /**
     * No observation of the security filter chain, authentications or authorizations: with an observation registry
     * present, Spring Security otherwise wraps each of its filters in an observing one on every request, even when the
     * observations themselves are switched off by property (docs/benchmarks.md). The HTTP server's own observations
     * (http_server_requests) stay.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's firewall with its header and parameter name checks as loops ({@link FirewallCharacters}). */
    @Bean
    HttpFirewall httpFirewall() {
        return FirewallCharacters.firewall();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and the {id} prefix lets the algorithm change later without a flag day
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(PilotAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager,
                            BearerTokenFilter bearerTokenFilter, PasswordChangeRequiredFilter passwordChangeFilter,
                            LoginHandlers loginHandlers, ProblemResponses problems) throws Exception {
        AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/login/throttled", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico").permitAll()
                        // the anonymous home page: the programme and the calls under way
                        .requestMatchers(HttpMethod.GET, "/").permitAll()
                        .requestMatchers("/reference", "/reference/**", "/api/v1/reference/**", "/api/v1/calendar/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers("/register", "/register/**", "/register/confirm/**").permitAll()
                        // the public portal: notices, objections, designated projects, scenarios, certificate checks
                        .requestMatchers("/public", "/public/**", "/api/v1/public/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/enterprises/registrations").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/auditchain").hasRole("AUDIT_ADMIN")
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(loginHandlers)
                        .failureHandler(loginHandlers)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(loginHandlers)
                        .logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearerToken)
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/api/v1/auth/token"))
                        // public and sessionless: nothing for a forged request to ride on
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/api/v1/enterprises/registrations"))
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher("/api/v1/public/**")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> {
                            if (API.matches(request)) {
                                problems.unauthorized(request, response, e);
                            } else {
                                loginPage.commence(request, response, e);
                            }
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            if (API.matches(request)) {
                                problems.forbidden(request, response, e);
                            } else {
                                errorPage.handle(request, response, e);
                            }
                        }))
                .addFilterBefore(bearerTokenFilter, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(passwordChangeFilter, BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
        return http.build();
    }
}
