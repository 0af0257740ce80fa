package org.setsafe.identity.web;

import java.time.Clock;
import java.time.Duration;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.ApiTokens;
import org.setsafe.identity.PasswordsOff;
import org.setsafe.identity.SecondFactors;
import org.setsafe.identity.SignedInUsers;
import org.setsafe.identity.SsoInvitations;
import org.setsafe.identity.SsoSignIns;
import org.setsafe.identity.domain.SignInThrottle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what, denied by default. Two chains: the JSON API and actuator take only personal
 * API tokens (stateless, no cookies, so CSRF cannot apply); the pages take a form sign-in with a
 * session cookie, CSRF tokens on every form, and a new session id at sign-in. Decisions about a
 * particular production are made again in the production module on every request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  @Bean
  SignInThrottle signInThrottle(
      Clock clock,
      @Value("${setsafe.security.sign-in.window}") Duration window,
      @Value("${setsafe.security.sign-in.max-failures-per-account}") int perAccount,
      @Value("${setsafe.security.sign-in.max-failures-per-address}") int perAddress) {
    return new SignInThrottle(clock, window, perAccount, perAddress);
  }

  /**
   * The security filters are not timed one by one (each would start and stop an observation on every request, a
   * measurable share of a custody step's CPU); requests are still timed as a whole (http.server.requests).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * Anonymous hazard reports on the API: no account, no token, no session and no cookie, so nothing can tie a
   * report to the person. Only filing through a production's public link and following up with a receipt code
   * are open; the answers are never cached and send no referrer.
   */
  @Bean
  @Order(0)
  SecurityFilterChain anonymousReportApiChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/public/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(cache -> cache.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        // Not even an anonymous token: it would carry the caller's address into the request's security context.
        .anonymous(anonymous -> anonymous.disable())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HttpMethod.POST, "/api/public/productions/*/reports", "/api/public/receipts/*").permitAll()
            // An incident through the same public link, with the same care.
            .requestMatchers(HttpMethod.POST, "/api/public/productions/*/incidents").permitAll()
            .anyRequest().denyAll())
        .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }

  /**
   * The anonymous report pages, reached through a production's public link or QR code without signing in, and the
   * investigator's read-only pages of one incident, reached through the secret link the production sent. The
   * signed-in session, if the browser has one, is not even read here, and none is made: CSRF is checked against
   * a cookie-held token instead of a session. Pages are never cached and send no referrer.
   */
  @Bean
  @Order(0)
  SecurityFilterChain anonymousReportPageChain(HttpSecurity http) throws Exception {
    CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
    csrfTokens.setCookieName("SETSAFE-PUBLIC-CSRF");
    csrfTokens.setCookiePath("/public");
    csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
    http.securityMatcher("/public/**")
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(cache -> cache.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .anonymous(anonymous -> anonymous.disable())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HttpMethod.GET, "/public/report/*", "/public/receipt").permitAll()
            .requestMatchers(HttpMethod.POST, "/public/report/*", "/public/receipt", "/public/receipt/*").permitAll()
            // An investigator's link opens one incident, read-only: its summary, its report, its evidence bundle.
            .requestMatchers(HttpMethod.GET, "/public/investigator/*", "/public/investigator/*/report.pdf",
                "/public/investigator/*/evidence.bundle").permitAll()
            .requestMatchers(HttpMethod.GET, "/public/incident/*").permitAll()
            .requestMatchers(HttpMethod.POST, "/public/incident/*").permitAll()
            // A person's calendar feed: the secret in the address is the key (calendar's CalendarFeeds).
            .requestMatchers(HttpMethod.GET, "/public/calendar/*").permitAll()
            .anyRequest().denyAll())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens) throws Exception {
    RefusalResponses refusals = new RefusalResponses();
    http.securityMatcher("/api/**", "/actuator/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, refusals),
            UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            // Public keys are public: investigators without an account compare fingerprints with them.
            .requestMatchers(HttpMethod.GET, "/api/ledger/keys").permitAll()
            .requestMatchers("/actuator/prometheus", "/actuator/info").hasAuthority("ADMINISTRATOR")
            .requestMatchers("/api/admin/**").hasAuthority("ADMINISTRATOR")
            .requestMatchers("/api/studio/**").hasAnyAuthority("STUDIO_SAFETY", "ADMINISTRATOR")
            .requestMatchers("/api/**").hasAuthority("USER")
            .anyRequest().denyAll())
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(refusals::unauthenticatedApiCall)
            .accessDeniedHandler(refusals::deniedApiCall));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageChain(HttpSecurity http, SignInThrottle throttle, Accounts accounts,
      SecondFactors secondFactors, PasswordsOff passwordsOff, SsoSignIns ssoSignIns, SignedInUsers signedInUsers,
      ObjectProvider<ClientRegistrationRepository> studioProvider, ObjectProvider<SsoInvitations> invitations,
      @Value("${setsafe.sso.email-claim}") String emailClaim,
      @Value("${setsafe.sso.group-claim}") String groupClaim) throws Exception {
    RefusalResponses refusals = new RefusalResponses();
    SignInOutcomes outcomes = new SignInOutcomes(throttle, accounts, secondFactors, passwordsOff);
    ClientRegistrationRepository sso = studioProvider.getIfAvailable();
    ClientRegistration studio = sso == null ? null : sso.findByRegistrationId(SsoConfiguration.REGISTRATION);
    // Signing out posts a form whose answer sends the browser on to the provider's logout: the browser follows that
    // redirect only if the page allows forms to go there.
    String formAction = "'self'" + SsoLogout.origin(studio).map(origin -> " " + origin).orElse("");
    if (sso != null) {
      // The studio's provider, when configured: the same sign-in page offers it beside the password form.
      SsoOutcomes ssoOutcomes = new SsoOutcomes(accounts, signedInUsers, invitations);
      http.oauth2Login(login -> login
          .loginPage("/login")
          .userInfoEndpoint(user -> user.oidcUserService(new SsoUserService(ssoSignIns, emailClaim, groupClaim)))
          .successHandler(ssoOutcomes)
          .failureHandler(ssoOutcomes));
    }
    LoginUrlAuthenticationEntryPoint toSignIn = new LoginUrlAuthenticationEntryPoint("/login");
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/error", "/favicon.ico").permitAll()
            .requestMatchers("/oauth2/authorization/*", "/login/oauth2/code/*").permitAll()
            .requestMatchers(SecondFactorGate.VERIFY_PAGE).hasAuthority("USER")
            .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/swagger-ui/**").permitAll()
            // An invitation's one-time link opens before its holder has an account; the token is the permission.
            .requestMatchers(HttpMethod.GET, "/invitations/*", "/invitations/*/studio").permitAll()
            .requestMatchers(HttpMethod.POST, "/invitations/*").permitAll()
            // The installable app's manifest and service worker: the worker must sit at the root to keep every page.
            .requestMatchers(HttpMethod.GET, "/sw.js", "/manifest.json").permitAll()
            .requestMatchers("/admin/**").hasAuthority("ADMINISTRATOR")
            .requestMatchers("/studio", "/studio/**").hasAnyAuthority("STUDIO_SAFETY", "ADMINISTRATOR")
            .requestMatchers("/", "/productions", "/productions/**", "/account", "/account/**").hasAuthority("USER")
            .anyRequest().denyAll())
        .formLogin(form -> form
            .loginPage("/login")
            .successHandler(outcomes)
            .failureHandler(outcomes))
        .logout(logout -> logout
            .logoutUrl("/logout")
            .logoutSuccessHandler(new SsoLogout(studio))
            .deleteCookies("JSESSIONID"))
        .sessionManagement(session -> session
            .sessionFixation(fixation -> fixation.changeSessionId())
            .invalidSessionStrategy((request, response) -> {
              // Also reached by a form posted without a session: its CSRF token cannot be checked, which stays a
              // WARN; a page asked for with a session that ended (a restart, a timeout) is an ordinary sign-in.
              String what = request.getMethod() + " " + request.getRequestURI();
              var user = org.setsafe.identity.SignedInUser.current();
              if (user.isEmpty() && "GET".equals(request.getMethod())) {
                org.setsafe.shared.SecurityAudit.notSignedIn(what, "session expired or missing");
              } else {
                org.setsafe.shared.SecurityAudit.accessRefused(user.map(u -> u.getUsername()).orElse("anonymous"),
                    what, "session expired or missing, or no CSRF token");
              }
              request.getSession(true);
              response.sendRedirect(request.getContextPath() + "/login?expired");
            }))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                    + "frame-ancestors 'none'; form-action " + formAction + "; base-uri 'self'"))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
        .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new EndedSessionFilter(accounts), AuthorizationFilter.class)
        .addFilterAfter(new SecondFactorGate(), AuthorizationFilter.class)
        .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, exception) -> {
              refusals.logUnauthenticated(request, exception);
              toSignIn.commence(request, response, exception);
            })
            .accessDeniedHandler(refusals::deniedPage));
    return http.build();
  }
}
