package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every person of the demo crew signs in and follows every link their pages show them: none may lead to an error,
 * a missing page, a refusal or back to the sign-in page. Each role's crawl is kept under target/link-crawl.
 */
@SetSafeTest
class EveryLinkForEveryRoleTest {

  @LocalServerPort int port;

  static Stream<Arguments> roles() {
    return LinkCrawl.EVERY_ROLE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("roles")
  void everyLinkAPersonIsShownLeadsSomewhereTheyMayGo(String role, String username) throws IOException {
    LinkCrawl crawl = LinkCrawl.as(port, username, Crew.PASSWORD, LinkCrawl.PAGE_LIMIT);
    Path log = Path.of("target", "link-crawl", username + ".txt");
    Files.createDirectories(log.getParent());
    Files.writeString(log, crawl.log());

    assertThat(crawl.problems()).as("broken links for the %s (whole crawl in %s)", role, log).isEmpty();
    assertThat(crawl.pages()).as("the %s reaches more than the production picker", role).hasSizeGreaterThan(5);
  }
}
