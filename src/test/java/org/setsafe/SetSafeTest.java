package org.setsafe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a real database: H2 by default, PostgreSQL when the
 * system property {@code setsafe.test.database=postgres} is set (the build's second test run does
 * this for every test tagged "database"). All such tests share one application context, with a
 * {@link TestClock} in place of the system clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
@Import({TestSupport.class, Crew.class})
@Tag("database")
public @interface SetSafeTest {}
