package cn.gov.amr.credit.identity.security;

import cn.gov.amr.credit.identity.ApiKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two filter chains. The JSON API ({@code /api/**}): HTTP Basic for users, {@code X-Api-Key} for
 * department clients, problem details for 401/403, public under {@code /api/v1/public/**}. The web
 * pages: form sign-in, sessions in PostgreSQL, CSRF tokens on every form. Which role may call which
 * endpoint is declared on each controller method ({@code @PreAuthorize}); the role matrix test
 * checks them all.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /** Spring Session's cookie name. */
    static final String SESSION_COOKIE = "SESSION";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(LockoutAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, ProblemResponses problems,
                                 ApiKeys keys) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), BasicAuthenticationFilter.class)
                // Clients that authenticate each request by header need no CSRF token; a browser
                // using its session cookie does (without a session there is nothing to forge).
                .csrf(csrf -> csrf.ignoringRequestMatchers(request ->
                        request.getHeader("Authorization") != null
                                || request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null
                                || !hasSessionCookie(request)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** Health is public (for load balancers); metrics need an ADMIN's HTTP Basic credentials. */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager manager, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager manager, SignInHandlers handlers)
            throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/search", "/report/**", "/open-data", "/login", "/error", "/favicon.ico",
                                "/css/**", "/js/**", "/images/**", "/webjars/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(handlers).failureHandler(handlers)
                        .permitAll())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(signInPage()))
                .logout(logout -> logout.logoutUrl("/logout").addLogoutHandler(handlers).logoutSuccessUrl("/"))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** Sends a visitor who is not signed in to the sign-in page by a relative URL, whatever the Host header says. */
    private static LoginUrlAuthenticationEntryPoint signInPage() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    private static boolean hasSessionCookie(jakarta.servlet.http.HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies != null && java.util.Arrays.stream(cookies).anyMatch(c -> SESSION_COOKIE.equals(c.getName()));
    }

    private static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"));
    }
}
