package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The armorer loads a revolver from her phone: she checks every dummy of a new lot on the lot's page, fills
 * every chamber from it in one tap on the revolver's page, and unloads the rounds back to the lot; the lot's
 * page then accounts for them. A crew member finds the holds page from the board.
 */
@SetSafeTest
@Tag("browser")
class LoadingBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;

  @Test
  void theArmorerVerifiesALotFillsEveryChamberFromItAndUnloadsBackToIt() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String board = "/productions/" + western.id() + "/custody";
    String serial = "L" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    try (Phone rosa = new Phone(port)) {
      rosa.signIn("rosa.armorer", Crew.PASSWORD).open(board);
      rosa.follow("Register a weapon")
          .type("manufacturerOrImporter", "Colt").type("model", "Single Action Army").type("serial", serial)
          .type("caliberOrGauge", ".45 Colt").type("ownerName", "Gunslinger Rentals").press("Register");
      String weapon = rosa.url().substring(rosa.url().indexOf(board));
      rosa.press("Receive");
      String lot = dummyLot(western, 50);
      rosa.type("finding", "Bore clear, cylinder empty").press("Inspected");
      // Not offered before every dummy in it is checked (other tests' lots may be).
      assertThat(rosa.textOf("load")).doesNotContain(lot.substring(0, 8).toUpperCase());
      rosa.open(board + "/lots/" + lot);
      assertThat(rosa.textOf("lot-state")).contains("Not verified");
      rosa.choose("method", "PRIMER_DRILLED_OR_ABSENT").type("roundsVerified", "50").press("Record the check");
      assertThat(rosa.textOf("lot-state")).contains("Verified").contains("50 left to load");
      assertThat(rosa.fitsTheScreenWidth()).isTrue();
      rosa.screenshot("custody-8-armorer-lot-verified-phone");

      rosa.open(weapon).choose("fill", lot);
      assertThat(rosa.fitsTheScreenWidth()).isTrue();
      rosa.screenshot("custody-9-armorer-load-phone");
      rosa.press("Fill every chamber");
      assertThat(rosa.text()).contains("Loaded: 6 rounds, each from its lot.");
      assertThat(rosa.textOf("state")).contains("6 rounds in it");
      // Loaded, it is never shown clear: the next step shows the load, chamber by chamber.
      assertThat(rosa.textOf("next-step")).contains("Show the LOAD").contains("never shown clear")
          .contains("6 dummies from lot " + lot.substring(0, 8).toUpperCase()).doesNotContain("Show it CLEAR");
      assertThat(rosa.fitsTheScreenWidth()).isTrue();
      rosa.screenshot("custody-9b-armorer-show-the-load-phone");
      // Unloading is not the next step of a loaded weapon: it waits under "Other actions".
      assertThat(rosa.offers("Unloaded")).isFalse();
      rosa.unfold("Other actions").press("Unloaded");
      assertThat(rosa.text()).contains("Unloaded; the rounds are back with their lots.");

      rosa.open(board + "/lots/" + lot);
      assertThat(rosa.textOf("history")).contains("6 into Colt Single Action Army #" + serial)
          .contains("6 back from Colt Single Action Army #" + serial);
      assertThat(rosa.textOf("balance")).contains("In weapons 0");
    }
    try (Phone tess = new Phone(port)) {
      tess.signIn("tess.grip", Crew.PASSWORD).open(board).follow("Holds and alerts");
      assertThat(tess.heading()).isEqualTo("Holds and alerts");
      assertThat(tess.fitsTheScreenWidth()).isTrue();
      tess.screenshot("custody-10-crew-holds-phone");
    }
  }

  /** A lot as the armorer registers it through the API (its registration page has a walk of its own). */
  private String dummyLot(Production production, int count) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/productions/" + production.id() + "/custody/lots"))
        .header("Authorization", crew.bearer("rosa.armorer")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"roundClass":"DUMMY","caliber":".45 Colt","supplier":"Desert Prop Ammunition","receivedOn":"%s",
             "count":%d,"origin":"NEW_FROM_SUPPLIER"}""".formatted(LocalDate.now(), count)))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(201);
    return JsonPath.read(response.body(), "$.id");
  }
}
