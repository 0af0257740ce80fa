package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A phone on set: real headless Chromium (Debian's package, never a downloaded browser) at a
 * 390 × 844 viewport, driven through Debian's chromedriver.
 */
final class Phone implements AutoCloseable {

  static final String CHROMIUM = System.getenv().getOrDefault("SETSAFE_CHROMIUM", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getenv().getOrDefault("SETSAFE_CHROMEDRIVER", "/usr/bin/chromedriver");

  private final WebDriver driver;
  private final String base;
  private final Path userData;
  /** Every tap a person makes on the glass: a button, a link, a box, a field to type in, a list opened and picked from. */
  private int taps;

  Phone(int port) throws IOException {
    this(port, null);
  }

  /** A phone whose browser asks for {@code acceptLanguages} (e.g. "es-MX,es"): its Accept-Language header. */
  Phone(int port, String acceptLanguages) throws IOException {
    assertThat(new File(CHROMIUM).canExecute()).as("Chromium is installed (apt-get install chromium chromium-driver)").isTrue();
    assertThat(new File(CHROMEDRIVER).canExecute()).as("chromedriver is installed").isTrue();
    this.base = "http://127.0.0.1:" + port;
    this.userData = Files.createTempDirectory("setsafe-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=390,844", "--user-data-dir=" + userData);
    if (acceptLanguages != null) {
      options.addArguments("--lang=" + acceptLanguages.split(",")[0]);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguages));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
  }

  Phone open(String path) {
    driver.get(base + path);
    return this;
  }

  Phone type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    taps++;
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /**
   * Presses a button; one that submits a form is followed until the next page has replaced this one,
   * so that what the test reads next is never the page being left (a stale element).
   */
  Phone press(String buttonText) {
    WebElement button = driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']"));
    boolean submits = Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
        "return arguments[0].form != null && arguments[0].type === 'submit';", button));
    taps++;
    leaving(submits, button::click);
    return this;
  }

  private void leaving(boolean navigates, Runnable action) {
    WebElement page = driver.findElement(By.tagName("html"));
    action.run();
    if (navigates) {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(page));
    }
  }

  /**
   * Whether the page has been replaced. Mid-navigation Chromium sometimes answers "node does not belong to
   * the document" instead of "stale element"; both mean the old page is gone.
   */
  private static boolean gone(WebElement page) {
    try {
      page.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Ticks the checkbox whose label reads this (a witness's name). */
  Phone tick(String labelText) {
    WebElement box = driver.findElement(By.xpath("//label[.//*[normalize-space()='" + labelText + "']]//input[@type='checkbox']"));
    if (!box.isSelected()) {
      taps++;
      box.click();
    }
    return this;
  }

  Phone choose(String selectId, String value) {
    taps += 2;
    new Select(driver.findElement(By.id(selectId))).selectByValue(value);
    return this;
  }

  Phone follow(String linkText) {
    WebElement link = driver.findElement(By.xpath("(//a[normalize-space()=" + literal(linkText) + "])[1]"));
    taps++;
    leaving(true, link::click);
    return this;
  }

  Phone signIn(String username, String password) {
    open("/login").type("username", username).type("password", password).press("Sign in");
    // The address changes once the page signed in to has answered: the password's hash and the first page after it,
    // which on a machine busy with a whole test run took longer than ten seconds.
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    return this;
  }

  String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String textOf(String testId) {
    return new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> readOrNull(testId));
  }

  /** Waits until the element with this test id reads the text: a part of the page loaded after it (htmx). */
  String waitForText(String testId, String text) {
    return waitForTextBySelf(testId, text, Duration.ofSeconds(10));
  }

  /**
   * The element's text, or null when htmx swapped it out between finding and reading it, so a wait finds it again.
   * Chromium says so in two ways: a stale reference, or an inspector error that the node left the document.
   */
  private String readOrNull(String testId) {
    try {
      return driver.findElement(By.cssSelector("[data-testid='" + testId + "']")).getText();
    } catch (StaleElementReferenceException e) {
      return null;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return null;
      }
      throw e;
    }
  }

  String url() {
    return driver.getCurrentUrl();
  }

  /** True when nothing sticks out sideways: no horizontal scrolling on a phone. */
  boolean fitsTheScreenWidth() {
    Object fits = ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth;");
    return Boolean.TRUE.equals(fits);
  }

  /** Taps made on this phone so far (signing in included); a test subtracts two readings to count one path. */
  int taps() {
    return taps;
  }

  /**
   * The visible buttons, links and form fields smaller than a gloved fingertip (44 × 44 CSS px, WCAG 2.5.5),
   * described as "tag 'text' w×h"; an empty list when every target is big enough. Links inside running text
   * are exempt, as WCAG exempts them.
   */
  List<String> tapTargetsTooSmall() {
    @SuppressWarnings("unchecked")
    List<String> small = (List<String>) ((JavascriptExecutor) driver).executeScript("""
        const small = [];
        for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
          if (el.matches('input[type=checkbox], input[type=radio]')) {
            const label = el.closest('label');
            if (label) { const l = label.getBoundingClientRect(); if (l.height >= 44) continue; }
          }
          if (el.tagName === 'A' && el.closest('p, li, td, dd') && getComputedStyle(el).display === 'inline'
              && (el.closest('p, li, td, dd').textContent.trim().length > el.textContent.trim().length + 2)) continue;
          if (r.height < 44 || r.width < 44) {
            small.push(el.tagName.toLowerCase() + " '" + (el.textContent || el.value || el.name || '').trim().slice(0, 40)
              + "' " + Math.round(r.width) + 'x' + Math.round(r.height));
          }
        }
        return small;
        """);
    return small;
  }

  /** True when the page fits a small phone too: the screen narrowed to 360 px scrolls nothing sideways. */
  boolean fitsANarrowPhone() {
    Dimension before = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new Dimension(360, before.getHeight()));
      return fitsTheScreenWidth();
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /** The same browser on a desk: a laptop's 1366 × 900 window, for pages used in the office too. */
  Phone onADesk() {
    driver.manage().window().setSize(new Dimension(1366, 900));
    return this;
  }

  /** Keeps a picture of the screen under target/screenshots for people to look at. */
  void screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }

  /**
   * Sends a form from this phone's session as a page's form would (with its CSRF token, taken from any form on
   * the page open now), without a form being offered: what a person not offered a step could still try. Answers
   * the status and the page sent back.
   */
  Answer postWithoutAForm(String path, java.util.Map<String, String> fields) {
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> answer = (java.util.Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const body = new URLSearchParams(arguments[1]);
        const token = document.querySelector('input[name=_csrf]');
        if (token) body.append('_csrf', token.value);
        fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual', credentials: 'same-origin'})
          .then(r => r.text().then(t => done({status: r.status, body: t})))
          .catch(e => done({status: -1, body: String(e)}));
        """, base + path, fields);
    return new Answer(((Number) answer.get("status")).intValue(), String.valueOf(answer.get("body")));
  }

  /** What the server answered a form sent with {@link #postWithoutAForm}. */
  record Answer(int status, String body) {}

  /** Opens a folded part of the page ("Other actions") by the words of its summary: one tap, if it is shut. */
  Phone unfold(String summaryText) {
    WebElement summary = driver.findElement(By.xpath("//summary[normalize-space()='" + summaryText + "']"));
    if (!Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
        "return arguments[0].parentElement.open;", summary))) {
      taps++;
      summary.click();
    }
    return this;
  }

  /** Whether the page shows a link, button or summary reading exactly this: what a person could tap. */
  boolean offers(String words) {
    return driver.findElements(By.xpath("//*[self::a or self::button or self::summary][normalize-space()='" + words
        + "']")).stream().anyMatch(WebElement::isDisplayed);
  }

  /** The value a form field holds now (a list's chosen option), as it would be sent. */
  String valueOf(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  /** axe-core, vendored from the npm registry (see src/test/resources/axe-core/README.md). */
  private static String axeSource;
  private boolean axeOnEveryPage;

  /** The WCAG 2.2 A and AA rules (with those of 2.0 and 2.1 they build on) that axe checks a page against. */
  static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /**
   * The serious and critical accessibility problems axe-core finds on the page now, against WCAG 2.2 AA (colour
   * contrast included), one line each: rule, impact, what is wrong, where, and how to fix it. An empty list when
   * there are none.
   */
  List<String> accessibilityViolations() throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!axeOnEveryPage && driver instanceof ChromeDriver chrome) {
      // Handed to Chromium once, and run by it in every page this phone opens from now on.
      chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", axe()));
      axeOnEveryPage = true;
    }
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(axe());
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    @SuppressWarnings("unchecked")
    List<String> found = (List<String>) js.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
          .then(results => done(results.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + n.target.join(' ')
              + ' ' + n.html.replace(/\\s+/g, ' ').slice(0, 160)
              + ' -- ' + (n.failureSummary || '').replace(/\\s+/g, ' ').trim()))))
          .catch(e => done(['axe did not run: ' + e]));
        """, WCAG_AA);
    return found;
  }

  private static synchronized String axe() throws IOException {
    if (axeSource == null) {
      try (var in = Phone.class.getResourceAsStream("/axe-core/axe.min.js")) {
        assertThat(in).as("axe-core is vendored under src/test/resources/axe-core").isNotNull();
        axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return axeSource;
  }

  /**
   * Waits, up to {@code within}, until the element with this test id reads the text without anyone touching the
   * phone: a part of the page that asks for itself again (htmx polling), as a waiting screen does.
   */
  String waitForTextBySelf(String testId, String text, Duration within) {
    return new WebDriverWait(driver, within).until(d -> {
      String now = readOrNull(testId);
      return now != null && now.contains(text) ? now : null;
    });
  }

  /** Follows the first link whose text contains this (a list row that also shows its state and age). */
  Phone followContaining(String linkText) {
    WebElement link = driver.findElement(By.xpath("(//a[contains(normalize-space(), '" + linkText + "')])[1]"));
    taps++;
    leaving(true, link::click);
    return this;
  }

  /**
   * Taps the link reading exactly this and fetches what it leads to from this phone's session, as the phone does
   * before handing a download (a PDF) to its viewer: one tap, answered with the status, the content type and the
   * first bytes.
   */
  Download download(String linkText) {
    WebElement link = driver.findElement(By.xpath("(//a[normalize-space()=" + literal(linkText) + "])[1]"));
    taps++;
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> answer = (java.util.Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0].href, {credentials: 'same-origin'})
          .then(r => r.arrayBuffer().then(b => done({status: r.status, type: r.headers.get('content-type') || '',
            bytes: b.byteLength, start: String.fromCharCode(...new Uint8Array(b.slice(0, 5)))})))
          .catch(e => done({status: -1, type: '', bytes: 0, start: String(e)}));
        """, link);
    return new Download(((Number) answer.get("status")).intValue(), String.valueOf(answer.get("type")),
        ((Number) answer.get("bytes")).intValue(), String.valueOf(answer.get("start")));
  }

  /** What a link led to when fetched: its status, content type, size and first bytes ("%PDF-" for a PDF). */
  record Download(int status, String contentType, int bytes, String start) {}

  /** The words as an XPath string, quoted so that an apostrophe in them ("Today's meeting") is read as one. */
  private static String literal(String words) {
    if (!words.contains("'")) {
      return "'" + words + "'";
    }
    return "concat('" + words.replace("'", "', \"'\", '") + "')";
  }

  /** A cookie's value on the page's own site, or null: to see a session id renewed at sign-in. */
  String cookie(String name) {
    org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /** Waits until the address bar reads this, through redirects that leave for another site and come back. */
  Phone waitForUrl(String part) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
    return this;
  }


  // ---- without signal (DevTools' network emulation, as a dead spot on a ranch does it) ----

  /** The phone loses signal: every request from the page, and from its service worker, fails as with no network. */
  Phone offline() {
    signal(false);
    return this;
  }

  /** Signal returns. */
  Phone online() {
    signal(true);
    return this;
  }

  /** DevTools sessions attached to this phone's service workers, by target: each keeps its own network conditions. */
  private final java.util.Map<String, String> workerSessions = new java.util.HashMap<>();
  private int workerMessages;

  /**
   * The page's network, and each service worker's: DevTools emulates a worker's network in the worker's own
   * session (as its Network panel does), so a page served by the worker loses signal too.
   */
  @SuppressWarnings("unchecked")
  private void signal(boolean on) {
    ChromeDriver chrome = (ChromeDriver) driver;
    java.util.Map<String, Object> conditions = java.util.Map.of("offline", !on, "latency", 0,
        "downloadThroughput", -1, "uploadThroughput", -1);
    chrome.executeCdpCommand("Network.enable", java.util.Map.of());
    chrome.executeCdpCommand("Network.emulateNetworkConditions", conditions);
    java.util.Map<String, Object> targets = chrome.executeCdpCommand("Target.getTargets", java.util.Map.of());
    for (java.util.Map<String, Object> target : (List<java.util.Map<String, Object>>) targets.get("targetInfos")) {
      if (!"service_worker".equals(target.get("type"))) {
        continue;
      }
      String id = String.valueOf(target.get("targetId"));
      String session = workerSessions.computeIfAbsent(id, t -> String.valueOf(chrome.executeCdpCommand(
          "Target.attachToTarget", java.util.Map.of("targetId", t, "flatten", false)).get("sessionId")));
      toWorker(chrome, session, "Network.enable", "{}");
      toWorker(chrome, session, "Network.emulateNetworkConditions", "{\"offline\":" + !on
          + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}");
    }
  }

  private void toWorker(ChromeDriver chrome, String session, String method, String params) {
    chrome.executeCdpCommand("Target.sendMessageToTarget", java.util.Map.of("sessionId", session, "message",
        "{\"id\":" + (++workerMessages) + ",\"method\":\"" + method + "\",\"params\":" + params + "}"));
  }

  /**
   * One bar: the phone says it is online (navigator.onLine stays true), yet requests to these addresses do not get
   * through; DevTools refuses them at once, as a signal too weak to carry them does after a while. Other pages load.
   */
  Phone oneBarFor(String... paths) {
    blocked(java.util.Arrays.stream(paths).map(p -> base + p).toList());
    return this;
  }

  /** The signal is good again: nothing is blocked. */
  Phone barsBack() {
    blocked(List.of());
    return this;
  }

  private void blocked(List<String> urls) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Network.enable", java.util.Map.of());
    chrome.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urlPatterns",
        urls.stream().map(u -> java.util.Map.of("urlPattern", u, "block", true)).toList()));
  }

  /** Presses the button of the form that posts to an address containing this, and follows it to the next page. */
  Phone pressIn(String actionContains) {
    WebElement button = driver.findElement(By.xpath("//form[contains(@action, " + literal(actionContains) + ")]//button"));
    taps++;
    leaving(true, button::click);
    return this;
  }

  /** How many elements with this test id the page shows: a refusal shown once is shown once. */
  int count(String testId) {
    return driver.findElements(By.cssSelector("[data-testid='" + testId + "']")).size();
  }

  /** The sign-in ends (its session gone, as when it expires while the phone has no signal); what the phone keeps stays. */
  Phone signInEnds() {
    driver.manage().deleteAllCookies();
    return this;
  }

  /** Waits until the page is served through SetSafe's service worker (installed, active and in control). */
  Phone keptByTheServiceWorker() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
        .executeScript("return !!(navigator.serviceWorker && navigator.serviceWorker.controller);")));
    return this;
  }

  /** Reloads the page (the person pulls down to refresh). */
  Phone reload() {
    leaving(true, () -> driver.navigate().refresh());
    return this;
  }

  /** Runs a script on the page and answers what it returned: for what only the page's script knows. */
  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Waits, as a person watching the phone would, until the element with this test id is there. */
  String waitFor(String testId) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.NoSuchElementException.class)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.cssSelector("[data-testid='" + testId + "']")).getText());
  }

  /** Whether an element with this test id is on the page now. */
  boolean shows(String testId) {
    return !driver.findElements(By.cssSelector("[data-testid='" + testId + "']")).isEmpty();
  }

  /** Presses a button whose form stays on the page (kept on the phone without signal): no next page to wait for. */
  Phone pressAndStay(String buttonText) {
    WebElement button = driver.findElement(By.xpath("//button[normalize-space()=" + literal(buttonText) + "]"));
    taps++;
    button.click();
    return this;
  }
}
