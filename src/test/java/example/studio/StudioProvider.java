package example.studio;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A studio's real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in this JVM on a
 * port of its own, served at {@code localhost} while SetSafe is reached at {@code 127.0.0.1}, so the browser keeps
 * the two sessions' cookies apart as it would for two sites. Its people sign in with a password on its own page;
 * their email, whether it is verified, and their groups go into the ID token. It lives outside SetSafe's packages so
 * that SetSafe's own component scan never picks its configuration up.
 */
public final class StudioProvider {

  public static final String CLIENT_ID = "setsafe";
  public static final String CLIENT_SECRET = "a client secret the tests share";
  public static final String PASSWORD = "studio password";

  /** The studio's people: username at the provider → the claims it vouches for. */
  public static final Map<String, Map<String, Object>> PEOPLE = Map.of(
      "ana", Map.of("email", "ana.camera@studio.example", "email_verified", true, "name", "Ana Camera",
          "groups", List.of("camera")),
      "sam", Map.of("email", "sam.unverified@studio.example", "email_verified", false, "name", "Sam Unverified",
          "groups", List.of("camera")),
      "lee", Map.of("email", "lee.safety@studio.example", "email_verified", true, "name", "Lee Safety",
          "groups", List.of("Studio-Safety")),
      // A day player the studio has just taken on: no SetSafe account until an invitation vouches for her.
      "nia", Map.of("email", "nia.grip@studio.example", "email_verified", true, "name", "Nia Grip",
          "groups", List.of("grip")),
      // Another, invited in Spanish, whose phone asks for Spanish.
      "eva", Map.of("email", "eva.grip@studio.example", "email_verified", true, "name", "Eva Campos",
          "groups", List.of("grip")));

  private static StudioProvider running;

  private final ConfigurableApplicationContext context;
  private final int port;
  private static volatile String setSafe = "http://127.0.0.1";

  private StudioProvider(ConfigurableApplicationContext context) {
    this.context = context;
    this.port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
  }

  /** The provider, started once for the whole test run. */
  public static synchronized StudioProvider start() {
    if (running == null) {
      SpringApplication app = new SpringApplication(Provider.class);
      app.setWebApplicationType(WebApplicationType.SERVLET);
      app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
      // No listeners: SetSafe's application.properties and its logging set-up stay SetSafe's alone.
      app.setListeners(List.of());
      app.setRegisterShutdownHook(true);
      running = new StudioProvider(app.run());
    }
    return running;
  }

  public String issuer() {
    return "http://localhost:" + port;
  }

  /** Where SetSafe runs, so the provider accepts its redirect and its return after signing out. */
  public void serves(int setSafePort) {
    setSafe = "http://127.0.0.1:" + setSafePort;
  }

  @Configuration(proxyBeanMethods = false)
  @EnableWebSecurity
  static class Provider {

    @Bean
    TomcatServletWebServerFactory webServer() {
      TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
      factory.getSettings().getSession().getCookie().setName("STUDIO_SESSION");
      return factory;
    }

    @Bean
    DispatcherServlet dispatcherServlet() {
      return new DispatcherServlet();
    }

    @Bean
    SecurityFilterChain provider(HttpSecurity http) throws Exception {
      http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
          .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
          .formLogin(Customizer.withDefaults());
      return http.build();
    }

    @Bean
    UserDetailsService people() {
      return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
          .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("STAFF").build()).toList());
    }

    /** SetSafe as the provider knows it; built on each look-up, so it follows the port SetSafe was given. */
    @Bean
    RegisteredClientRepository clients() {
      return new RegisteredClientRepository() {
        @Override public void save(RegisteredClient client) {
          // The provider re-encodes the "{noop}" secret after a first use; the test's client stays as it is built.
        }

        @Override public RegisteredClient findById(String id) {
          return client();
        }

        @Override public RegisteredClient findByClientId(String clientId) {
          return CLIENT_ID.equals(clientId) ? client() : null;
        }
      };
    }

    private static RegisteredClient client() {
      return RegisteredClient.withId("setsafe-client")
          .clientId(CLIENT_ID)
          .clientSecret("{noop}" + CLIENT_SECRET)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
          .redirectUri(setSafe + "/login/oauth2/code/studio")
          .postLogoutRedirectUri(setSafe + "/login?signed-out")
          .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
          .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
          .build();
    }

    /** What the provider vouches for about the person goes into the ID token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
      return context -> {
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
          Map<String, Object> claims = PEOPLE.get(context.getPrincipal().getName());
          if (claims != null) {
            context.getClaims().claims(all -> all.putAll(claims));
          }
        }
      };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
          .keyID(UUID.randomUUID().toString()).build();
      return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
      return AuthorizationServerSettings.builder().build();
    }
  }
}
