package org.setsafe.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * The accounts and what they stand on (their tables and the password hashing), and nothing else of SetSafe: what an
 * admin command that only reads the accounts needs, so it does not start the server's machinery around them. The
 * server gets the same beans by scanning; this is the one place the password hashing is defined for both.
 */
@Configuration(proxyBeanMethods = false)
@Import(Accounts.class)
@ComponentScan(basePackages = "org.setsafe.identity.persistence", useDefaultFilters = false,
    includeFilters = @Filter(Repository.class))
public class AccountRecords {

  /** OWASP's argon2id minimum: m = 19 MiB, t = 2, p = 1; 16-byte salt, 32-byte hash. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
  }
}
