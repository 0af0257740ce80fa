package org.setsafe;

import org.springframework.test.context.ActiveProfilesResolver;

/** Chooses the database for {@link SetSafeTest}s from the system property {@code setsafe.test.database}. */
public class TestDatabase implements ActiveProfilesResolver {

  public static String current() {
    return System.getProperty("setsafe.test.database", "h2");
  }

  public static boolean isPostgres() {
    return "postgres".equals(current());
  }

  @Override
  public String[] resolve(Class<?> testClass) {
    return new String[] {"test", "test-" + current()};
  }
}
