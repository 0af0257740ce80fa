package org.setsafe.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person signs in over real HTTP and follows every same-origin link the pages show them, breadth first from the
 * production picker: {@code <a href>}, the parts a page loads itself ({@code hx-get}), its images, scripts and
 * style sheets. GET only; no form is ever submitted and signing out is never followed. Downloads are fetched and
 * their status checked, not read for links.
 *
 * <p>A page shows a link only if the person may follow it, so every answer of 400 or more on a shown link is a
 * broken link, and so is a link that sends a signed-in person back to the sign-in page.
 *
 * <p>Many links differ only in an id (one weapon's page, the next weapon's page): a few of each shape are
 * followed, so that the page limit is spent on different pages rather than on the hundredth weapon.
 */
public final class LinkCrawl {

  /** Who signs in for each role of the demo crew (see {@code Crew}): every kind of person SetSafe has. */
  public static final Map<String, String> EVERY_ROLE = everyRole();

  private static Map<String, String> everyRole() {
    Map<String, String> roles = new LinkedHashMap<>();
    roles.put("armorer", "rosa.armorer");
    roles.put("property master", "hank.props");
    roles.put("performer", "eli.actor");
    roles.put("1st AD", "dana.ad");
    roles.put("camera", "marcus.camera");
    roles.put("grip", "tess.grip");
    roles.put("producer", "grace.producer");
    roles.put("UPM", "leo.upm");
    roles.put("safety advisor", "sam.safety");
    roles.put("studio safety", "demo.studio");
    roles.put("administrator", "demo.admin");
    return java.util.Collections.unmodifiableMap(roles);
  }

  /** Enough for every kind of page each role can reach, a few of each. */
  public static final int PAGE_LIMIT = 400;

  /** One link followed: where to, what it answered, and the page that showed it ({@code null} for a start page). */
  public record Visit(String path, int status, String contentType, boolean wholePage, String location, String shownOn,
      String linkText, String structure) {

    /** A whole page a person opens (not a part of one that a page loads into itself, nor a download). */
    public boolean isPage() {
      return status == 200 && contentType.startsWith("text/html") && wholePage;
    }

    /** Why this link is broken for the person who was shown it, or {@code null} when it is not. */
    public String problem() {
      if (status >= 400) {
        return status + " " + path + " (shown as '" + linkText + "' on " + shownOn + ")";
      }
      if (location != null && URI.create(location).getPath().equals("/login")) {
        return "sent to sign in again: " + path + " (shown as '" + linkText + "' on " + shownOn + ")";
      }
      return null;
    }

    @Override
    public String toString() {
      return status + " " + path + (location == null ? "" : " -> " + location) + "  [" + contentType + "]"
          + (shownOn == null ? "" : "  shown on " + shownOn + " as '" + linkText + "'");
    }
  }

  private static final Pattern ANCHOR = Pattern.compile("<a\\b([^>]*)>(.*?)</a>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOADED = Pattern.compile(
      "<(?:img|script|link)\\b[^>]*?\\b(?:src|href)\\s*=\\s*\"([^\"]*)\"|\\bhx-get\\s*=\\s*\"([^\"]*)\"",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
  private static final Pattern KEPT_ATTRIBUTE = Pattern.compile(
      "\\b(?:class|type|role|aria-[a-z]+|for|alt|title|disabled|hidden|style)\\b(?:\\s*=\\s*\"[^\"]*\")?");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
  private static final Pattern ID = Pattern.compile(
      "^(?:[a-z]+:)?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d+|[A-Za-z0-9_-]{20,})$");

  private final String base;
  private final HttpClient http;
  private final int pageLimit;
  private final int perShape;
  private final List<Visit> visits = new ArrayList<>();

  private LinkCrawl(int port, int pageLimit, int perShape) {
    this.base = "http://127.0.0.1:" + port;
    this.pageLimit = pageLimit;
    this.perShape = perShape;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Signs this person in and crawls from the production picker, following at most {@code pageLimit} links. */
  public static LinkCrawl as(int port, String username, String password, int pageLimit) {
    LinkCrawl crawl = new LinkCrawl(port, pageLimit, 3);
    crawl.signIn(username, password);
    crawl.crawl(List.of("/", "/productions"));
    return crawl;
  }

  /** Every link followed, in the order followed. */
  public List<Visit> visits() {
    return List.copyOf(visits);
  }

  /** The broken links: an empty list when every link shown was one the person could follow. */
  public List<String> problems() {
    return visits.stream().map(Visit::problem).filter(p -> p != null).toList();
  }

  /** The pages reached (HTML, answered 200), one of each shape: what a person can open, for page-by-page checks. */
  public List<String> pages() {
    Set<String> shapes = new HashSet<>();
    return visits.stream().filter(Visit::isPage).map(Visit::path).filter(p -> shapes.add(shape(p))).toList();
  }

  /**
   * The pages reached, one of each shape, each with what its HTML is made of (see {@link #structure}): two people
   * given pages of the same shape and structure were given the same page but for words and ids.
   */
  public Map<String, String> pagesWithStructure() {
    Map<String, String> pages = new LinkedHashMap<>();
    Set<String> shapes = new HashSet<>();
    visits.stream().filter(Visit::isPage).filter(v -> shapes.add(shape(v.path())))
        .forEach(v -> pages.put(v.path(), shape(v.path()) + " " + v.structure()));
    return pages;
  }

  /**
   * A page's elements and the attributes that shape how it looks and reads (class, type, role, aria-*, and whether
   * a field is labelled, disabled, hidden), without its words, ids and values.
   */
  static String structure(String html) {
    StringBuilder tags = new StringBuilder();
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      tags.append('<').append(tag.group(1).toLowerCase());
      Matcher attribute = KEPT_ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        tags.append(' ').append(attribute.group());
      }
      tags.append('>');
    }
    return Integer.toHexString(tags.toString().hashCode());
  }

  /** The crawl as text, one link a line, for a person to read. */
  public String log() {
    StringBuilder text = new StringBuilder();
    visits.forEach(v -> text.append(v).append('\n'));
    return text.toString();
  }

  private void signIn(String username, String password) {
    HttpResponse<String> form = get("/login");
    Matcher token = CSRF.matcher(form.body());
    if (!token.find()) {
      throw new IllegalStateException("the sign-in page has no CSRF token");
    }
    String csrf = token.group(1) != null ? token.group(1) : token.group(2);
    String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
    HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    String to = signedIn.headers().firstValue("Location").orElse("");
    if (signedIn.statusCode() != 302 || to.contains("/login")) {
      throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode() + " " + to);
    }
  }

  private record Link(String path, String shownOn, String text) {}

  private void crawl(List<String> starts) {
    Deque<Link> queue = new ArrayDeque<>();
    Set<String> queued = new HashSet<>();
    Map<String, Integer> followedOfShape = new HashMap<>();
    starts.forEach(s -> {
      queued.add(s);
      queue.add(new Link(s, null, null));
    });
    while (!queue.isEmpty() && visits.size() < pageLimit) {
      Link link = queue.poll();
      if (followedOfShape.merge(shape(link.path()), 1, Integer::sum) > perShape) {
        continue;
      }
      HttpResponse<String> answer = get(link.path());
      String type = answer.headers().firstValue("Content-Type").orElse("");
      String location = answer.headers().firstValue("Location").map(l -> resolve(link.path(), l)).orElse(null);
      boolean wholePage = answer.body().stripLeading().regionMatches(true, 0, "<!DOCTYPE html", 0, 14);
      visits.add(new Visit(link.path(), answer.statusCode(), type, wholePage, location, link.shownOn(), link.text(),
          wholePage ? structure(answer.body()) : null));
      List<Link> found = new ArrayList<>();
      if (location != null && location.startsWith("/")) {
        found.add(new Link(location, link.shownOn(), link.text()));
      }
      if (answer.statusCode() == 200 && type.startsWith("text/html")) {
        found.addAll(links(link.path(), answer.body()));
      }
      for (Link next : found) {
        if (!skipped(next.path()) && queued.add(next.path())) {
          queue.add(next);
        }
      }
    }
  }

  /** The same-origin links of a page, as paths with their query, without the fragment. */
  static List<Link> links(String page, String html) {
    List<Link> links = new ArrayList<>();
    Matcher anchor = ANCHOR.matcher(html);
    while (anchor.find()) {
      Matcher href = HREF.matcher(anchor.group(1));
      if (href.find()) {
        String to = resolve(page, unescape(href.group(1)));
        if (to != null) {
          links.add(new Link(to, page, anchor.group(2).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim()));
        }
      }
    }
    Matcher loaded = LOADED.matcher(html);
    while (loaded.find()) {
      String to = resolve(page, unescape(loaded.group(1) != null ? loaded.group(1) : loaded.group(2)));
      if (to != null) {
        links.add(new Link(to, page, loaded.group(1) != null ? "(loaded by the page)" : "(part loaded by the page)"));
      }
    }
    return links;
  }

  /** A link as a same-origin path and query, or {@code null} for another site, a fragment, mail or phone. */
  static String resolve(String page, String href) {
    if (href.isBlank() || href.startsWith("#") || href.matches("^(mailto|tel|javascript|data|sms):.*")) {
      return null;
    }
    URI to;
    try {
      to = URI.create("http://setsafe.local").resolve(page).resolve(href.replace(" ", "%20"));
    } catch (IllegalArgumentException notAUri) {
      return href; // followed as written: the server answers what a browser would get
    }
    if (to.getHost() != null && !to.getHost().equals("setsafe.local") && !to.getHost().equals("127.0.0.1")) {
      return null;
    }
    String path = to.getRawPath() == null || to.getRawPath().isEmpty() ? "/" : to.getRawPath();
    return to.getRawQuery() == null ? path : path + "?" + to.getRawQuery();
  }

  private static boolean skipped(String path) {
    return path.startsWith("/logout");
  }

  /** A link with its ids and query values taken out: the kind of page it leads to. */
  static String shape(String path) {
    int q = path.indexOf('?');
    StringBuilder shape = new StringBuilder();
    for (String segment : (q < 0 ? path : path.substring(0, q)).split("/")) {
      shape.append(ID.matcher(segment).matches() ? "{}" : segment).append('/');
    }
    if (q >= 0) {
      Set<String> names = new TreeSet<>();
      for (String pair : path.substring(q + 1).split("&")) {
        names.add(pair.split("=", 2)[0]);
      }
      shape.append('?').append(String.join("&", names));
    }
    return shape.toString();
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
        .replace("&gt;", ">").trim();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*").GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("no answer from SetSafe", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** What the whole page at this path is made of (see {@link #structure}), or {@code null} if the crawl opened none there. */
  public String structureOf(String path) {
    return visits.stream().filter(Visit::isPage).filter(v -> v.path().equals(path)).map(Visit::structure).findFirst()
        .orElse(null);
  }
}
