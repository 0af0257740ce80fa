package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.Crew;

/**
 * Every person of the demo crew signs in and follows every link their pages show them: none may lead to an error,
 * a missing page, a refusal or back to the sign-in page; and among the pages they reach are all those their role may
 * open on a shooting day ({@link PageKinds}), so a lost link fails too. The crawl runs on the demo as a newcomer
 * starts it, with its armory and the day under way ({@link DemoUnderWay}), never on what other tests left behind.
 * Each role's crawl, and the kinds of page it reached, are kept under target/link-crawl.
 */
@Tag("database")
class EveryLinkForEveryRoleTest {

  @TempDir static Path dataDir;
  static DemoUnderWay demo;

  @BeforeAll
  static void start() throws Exception {
    demo = DemoUnderWay.start("setsafe_link_crawl", dataDir);
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

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("roles")
  void everyLinkAPersonIsShownLeadsSomewhereTheyMayGo(String role, String username) throws IOException {
    LinkCrawl crawl = LinkCrawl.as(demo.port(), username, Crew.PASSWORD, LinkCrawl.PAGE_LIMIT);
    Path log = Path.of("target", "link-crawl", username + ".txt");
    Files.createDirectories(log.getParent());
    Files.writeString(log, crawl.log());
    Set<String> kinds = PageKinds.of(crawl.visits().stream().filter(LinkCrawl.Visit::isPage).map(LinkCrawl.Visit::path)
        .toList(), demo.namedPages());
    Files.writeString(Path.of("target", "link-crawl", username + "-kinds.txt"), String.join("\n", kinds) + "\n");

    assertThat(crawl.problems()).as("broken links for the %s (whole crawl in %s)", role, log).isEmpty();
    assertThat(kinds).as("the kinds of page the %s reaches (whole crawl in %s)", role, log)
        .containsAll(PageKinds.EACH_PERSON_REACHES.get(username));
  }
}
