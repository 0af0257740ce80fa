package org.setsafe.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of page a crawl of {@link DemoUnderWay} reached, by name, and the kinds each person of the demo crew
 * must reach there: what their role may open on a shooting day. A link lost from a page (or a page that no longer
 * answers) drops a kind, and the crawl's test fails naming it.
 */
public final class PageKinds {

  private PageKinds() {}

  /** Page shapes (see {@link LinkCrawl#shape}) by name; a production's pages without their common beginning. */
  private static final Map<String, String> BY_SHAPE = byShape();

  private static Map<String, String> byShape() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("/productions/{}/", "dashboard");
    kinds.put("custody/", "custody board");
    kinds.put("custody/weapons/{}/", "weapon");
    kinds.put("custody/weapons/new/", "register a weapon");
    kinds.put("custody/weapons/{}/dispose/", "return or dispose of a weapon");
    kinds.put("custody/lots/", "lots");
    kinds.put("custody/lots/{}/", "lot");
    kinds.put("custody/lots/new/", "register a lot");
    kinds.put("custody/rounds/{}/count/", "count a lot");
    kinds.put("custody/wrap/", "wrap count");
    kinds.put("custody/confirmations/", "show-clears to confirm");
    kinds.put("protocol/scenes/{}/plan/", "weapon plan");
    kinds.put("protocol/scenes/{}/plan/edit/", "edit a weapon plan");
    kinds.put("protocol/risk/", "risk assessment");
    kinds.put("protocol/risk/scenes/{}/", "scene risk assessment");
    kinds.put("briefing/meetings/", "safety meetings");
    kinds.put("reports/", "reports");
    kinds.put("reports/{}/", "report");
    kinds.put("stop-work/", "stop-work");
    kinds.put("ledger/", "ledger");
    kinds.put("schedule/", "schedule");
    kinds.put("schedule/days/{}/safety-sheet/", "call sheet");
    kinds.put("qualifications/people/{}/", "a person's qualifications");
    kinds.put("notifications/", "notifications");
    kinds.put("/admin/users/", "users");
    kinds.put("/admin/ledger/", "installation ledger");
    return kinds;
  }

  /** What every member of the western opens on a shooting day. */
  private static final Set<String> EVERY_MEMBER = Set.of("dashboard", "custody board", "weapon", "lot", "lots",
      "weapon plan", "risk assessment", "scene risk assessment", "safety meetings", "reports", "report",
      "stop-work", "ledger", "schedule", "call sheet", "revolver shown clear, awaiting its witnesses",
      "blank pistol", "replica", "dummies lot", "blanks lot", "quarantined lot");
  /** The armorer's and the property master's own pages. */
  private static final Set<String> ARMORER = Set.of("register a weapon", "return or dispose of a weapon",
      "register a lot", "count a lot", "wrap count", "edit a weapon plan");
  private static final Set<String> WITNESS = Set.of("show-clears to confirm");
  private static final Set<String> OVERSIGHT = Set.of("a person's qualifications", "notifications");

  /** For each person of {@link LinkCrawl#EVERY_ROLE}, the kinds of page their crawl must reach. */
  public static final Map<String, Set<String>> EACH_PERSON_REACHES = Map.ofEntries(
      Map.entry("rosa.armorer", union(EVERY_MEMBER, ARMORER)),
      Map.entry("hank.props", union(EVERY_MEMBER, ARMORER)),
      Map.entry("eli.actor", union(EVERY_MEMBER, WITNESS)),
      Map.entry("dana.ad", union(EVERY_MEMBER, WITNESS)),
      Map.entry("marcus.camera", union(EVERY_MEMBER, WITNESS)),
      Map.entry("tess.grip", EVERY_MEMBER),
      Map.entry("grace.producer", union(EVERY_MEMBER, OVERSIGHT)),
      Map.entry("leo.upm", union(EVERY_MEMBER, OVERSIGHT)),
      Map.entry("sam.safety", union(EVERY_MEMBER, OVERSIGHT, Set.of("edit a weapon plan"))),
      Map.entry("demo.studio", union(EVERY_MEMBER, OVERSIGHT)),
      Map.entry("demo.admin", union(EVERY_MEMBER, OVERSIGHT, Set.of("users", "installation ledger"))));

  /** The named kinds among these pages (HTML answered 200): by shape, and the demo's own weapons and lots. */
  public static Set<String> of(List<String> pages, Map<String, String> namedPages) {
    Set<String> kinds = new TreeSet<>();
    for (String page : pages) {
      String shape = LinkCrawl.shape(page);
      String kind = BY_SHAPE.getOrDefault(shape, BY_SHAPE.get(shape.replaceFirst("^/productions/\\{}/(?=.)", "")));
      if (kind != null) {
        kinds.add(kind);
      }
      String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
      if (namedPages.containsKey(path)) {
        kinds.add(namedPages.get(path));
      }
    }
    return kinds;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
  }
}
