package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * One Chromium per person. A page made of the same elements as one already checked for someone else (the same
 * page but for words and ids) is not checked again.
 */
@SetSafeTest
@Tag("browser")
class AccessibilityBrowserTest {

  /** Pages checked in this run, by shape and structure (see {@link LinkCrawl#pagesWithStructure()}). */
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

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
    Map<String, String> reached = LinkCrawl.as(port, username, Crew.PASSWORD, LinkCrawl.PAGE_LIMIT).pagesWithStructure();
    // A page another person was given with the same elements (but other words and ids) was checked for them.
    List<String> pages = reached.keySet().stream().filter(page -> CHECKED.add(reached.get(page))).toList();
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
    assertThat(reached).as("the %s reaches more than the production picker", role).hasSizeGreaterThan(5);
    assertThat(problems).as("serious or critical accessibility problems on the pages of the %s", role).isEmpty();
  }
}
