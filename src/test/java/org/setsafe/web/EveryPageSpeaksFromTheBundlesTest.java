package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a page shows comes from the message bundles, so a person who chose Spanish reads Spanish on the whole
 * page, not a Spanish heading above English buttons. A template's text is what Thymeleaf leaves in place: the body of
 * an element with {@code th:text}, {@code th:utext}, {@code th:replace} or {@code th:insert} is only a designer's
 * placeholder, replaced when the page is drawn, so it is not counted; every other text, and the words of
 * {@code placeholder}, {@code title}, {@code aria-label}, {@code alt} and {@code value} without a {@code th:}
 * counterpart, is.
 */
class EveryPageSpeaksFromTheBundlesTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  /** Names and abbreviations a page shows the same in every language. */
  private static final Pattern SAME_IN_EVERY_LANGUAGE =
      Pattern.compile("\\b(SetSafe|PDF|CSV|QR|OSHA|API|OIDC|TOTP|ATF|JSON|iCal|URL|ID|SMS|UTC|AM|PM)\\b");
  private static final Pattern A_LETTER = Pattern.compile("\\p{L}");
  private static final Set<String> WORDED_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "value");
  private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");

  @Test
  void noTemplateShowsWordsOutsideTheBundles() throws IOException {
    TreeMap<String, List<String>> unworded = new TreeMap<>();
    for (Path template : templates()) {
      String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
      List<String> words = wordsOutsideTheBundles(Files.readString(template, StandardCharsets.UTF_8));
      if (!words.isEmpty()) {
        unworded.put(name, words);
      }
    }
    assertThat(unworded).as("words shown outside the message bundles").isEmpty();
    assertThat(templates()).isNotEmpty();
  }

  @Test
  void theCheckFindsTextAttributesAndKeepsThePlaceholdersOfReplacedElements() {
    String page = """
        <html th:replace="~{layout :: page(~{::title}, ~{::main})}"><main>
          <h1 th:text="#{x.heading}">Placeholder heading</h1>
          <p>Loose words <span th:text="${name}">Rosa</span> · 12</p>
          <input placeholder="Type here"><input placeholder="x" th:placeholder="#{x.placeholder}">
          <button type="submit" value="Send" th:attr="value=#{x.send}">—</button>
          <div th:replace="~{x :: y}">Replaced entirely</div> <p>SetSafe PDF</p>
        </main></html>""";
    assertThat(wordsOutsideTheBundles(page)).containsExactly("Loose words", "placeholder=\"Type here\"");
  }

  static List<String> wordsOutsideTheBundles(String html) {
    Document page = Jsoup.parse(html, "", Parser.htmlParser());
    List<String> found = new ArrayList<>();
    collect(page, found);
    return found;
  }

  private static void collect(Node node, List<String> found) {
    if (node instanceof TextNode text) {
      String words = text.text().strip();
      if (worded(words)) {
        found.add(words);
      }
      return;
    }
    if (node instanceof Element element) {
      boolean root = element.normalName().equals("html");
      if (!root && (REPLACING.stream().anyMatch(element::hasAttr) || "all".equals(element.attr("th:remove")))) {
        return;
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey();
        if (WORDED_ATTRIBUTES.contains(name) && worded(attribute.getValue()) && !element.hasAttr("th:" + name)
            && !element.attr("th:attr").contains(name + "=")) {
          found.add(name + "=\"" + attribute.getValue() + "\"");
        }
      }
    }
    for (Node child : node.childNodes()) {
      collect(child, found);
    }
  }

  private static boolean worded(String text) {
    return A_LETTER.matcher(SAME_IN_EVERY_LANGUAGE.matcher(text).replaceAll("")).find();
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
