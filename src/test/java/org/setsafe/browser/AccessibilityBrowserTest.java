package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.web.LinkCrawl;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page each person of the demo crew can reach (as the link crawl finds them, one of each kind), opened on a
 * phone and checked with axe-core against WCAG 2.2 AA: no serious or critical problem, colour contrast included.
 * One Chromium per person.
 */
@SetSafeTest
@Tag("browser")
class AccessibilityBrowserTest {

  @LocalServerPort int port;

  static Stream<Arguments> roles() {
    return LinkCrawl.EVERY_ROLE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void theSignInPageHasNoSeriousAccessibilityProblem() throws Exception {
    try (Phone phone = new Phone(port)) {
      phone.open("/login");
      assertThat(phone.accessibilityViolations()).isEmpty();
      phone.open("/login?error");
      assertThat(phone.accessibilityViolations()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("roles")
  void everyPageAPersonCanReachHasNoSeriousAccessibilityProblem(String role, String username) throws Exception {
    List<String> pages = LinkCrawl.as(port, username, Crew.PASSWORD, LinkCrawl.PAGE_LIMIT).pages();
    Map<String, List<String>> problems = new LinkedHashMap<>();
    try (Phone phone = new Phone(port)) {
      phone.signIn(username, Crew.PASSWORD);
      for (String page : pages) {
        phone.open(page);
        List<String> found = phone.accessibilityViolations();
        if (!found.isEmpty()) {
          problems.put(page, found);
        }
      }
    }
    assertThat(pages).as("the %s reaches more than the production picker", role).hasSizeGreaterThan(5);
    assertThat(problems).as("serious or critical accessibility problems on the pages of the %s", role).isEmpty();
  }
}
