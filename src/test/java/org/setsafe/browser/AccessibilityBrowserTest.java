package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.Crew;
import org.setsafe.web.DemoUnderWay;
import org.setsafe.web.LinkCrawl;
import org.setsafe.web.PageKinds;

/**
 * Every page each person of the demo crew can reach (as the link crawl finds them, one of each kind, and the page of
 * each of the demo's weapons and lots), opened on a phone and checked with axe-core against WCAG 2.2 AA: no serious
 * or critical problem, colour contrast included. The pages are those of the demo with its armory and the day under
 * way ({@link DemoUnderWay}), so the checked kinds include every kind the person's role may open
 * ({@link PageKinds}). One Chromium per person. A page made of the same elements as one already checked for someone
 * else (the same page but for words and ids) is not checked again.
 */
@Tag("browser")
class AccessibilityBrowserTest {

  /** Pages checked in this run, by shape and structure (see {@link LinkCrawl#pagesWithStructure()}). */
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

  @TempDir static Path dataDir;
  static DemoUnderWay demo;

  @BeforeAll
  static void start() throws Exception {
    demo = DemoUnderWay.start("setsafe_accessibility", dataDir);
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  static Stream<Arguments> roles() {
    return LinkCrawl.EVERY_ROLE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void theSignInPageHasNoSeriousAccessibilityProblem() throws Exception {
    try (Phone phone = new Phone(demo.port())) {
      phone.open("/login");
      assertThat(phone.accessibilityViolations()).isEmpty();
      phone.open("/login?error");
      assertThat(phone.accessibilityViolations()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("roles")
  void everyPageAPersonCanReachHasNoSeriousAccessibilityProblem(String role, String username) throws Exception {
    LinkCrawl crawl = LinkCrawl.as(demo.port(), username, Crew.PASSWORD, LinkCrawl.PAGE_LIMIT);
    Map<String, String> reached = new LinkedHashMap<>(crawl.pagesWithStructure());
    // Each weapon's and each lot's page too, not only the first of their shape: a quarantined lot reads otherwise.
    demo.namedPages().keySet().forEach(page -> {
      String structure = crawl.structureOf(page);
      if (structure != null) {
        reached.putIfAbsent(page, page + " " + structure);
      }
    });
    assertThat(PageKinds.of(List.copyOf(reached.keySet()), demo.namedPages()))
        .as("the kinds of page checked for the %s", role).containsAll(PageKinds.EACH_PERSON_REACHES.get(username));
    // A page another person was given with the same elements (but other words and ids) was checked for them.
    List<String> pages = reached.keySet().stream().filter(page -> CHECKED.add(reached.get(page))).toList();
    Map<String, List<String>> problems = new LinkedHashMap<>();
    try (Phone phone = new Phone(demo.port())) {
      phone.signIn(username, Crew.PASSWORD);
      for (String page : pages) {
        phone.open(page);
        List<String> found = phone.accessibilityViolations();
        if (!found.isEmpty()) {
          problems.put(page, found);
        }
      }
    }
    assertThat(problems).as("serious or critical accessibility problems on the pages of the %s", role).isEmpty();
  }
}
