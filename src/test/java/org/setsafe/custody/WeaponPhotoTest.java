package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A weapon's photo on its record: the armorer adds it from the phone, the crew sees it, nothing else is taken. */
@SetSafeTest
class WeaponPhotoTest {

  /** The first bytes of a PNG, which is how SetSafe tells an image from anything else. */
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;

  private Production western;
  private ArmorersPhone phone;
  private String weapon;
  private String api;

  @BeforeEach
  void aRevolverOnTheRegister() throws Exception {
    western = crew.production(Crew.WESTERN);
    phone = new ArmorersPhone(mvc, crew, ledger, western.id());
    weapon = phone.registerRevolver("rosa.armorer");
    api = "/api/productions/" + western.id() + "/custody/weapons/" + weapon + "/photo";
  }

  @Test
  void theArmorersPhotoGoesOnTheRecordAndItsHashIntoTheLedger() throws Exception {
    upload("rosa.armorer", PNG, "image/png").andExpect(status().isCreated());

    mvc.perform(get(api).header("Authorization", crew.bearer("eli.actor")))
        .andExpect(status().isOk()).andExpect(content().contentType("image/png")).andExpect(content().bytes(PNG));
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
    LedgerEntry fact = await().atMost(Duration.ofSeconds(20)).until(() -> SystemActor.call(
            () -> ledger.history(western.id(), "weapon:" + weapon)).stream()
        .filter(e -> e.kind().equals("custody.weapon-photographed")).findFirst().orElse(null), e -> e != null);
    assertThat(fact.leaf()).contains(sha256);

    String page = mvc.perform(get("/productions/" + western.id() + "/custody/weapons/" + weapon)
            .with(crew.signedIn("dana.ad")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("class=\"weapon-photo\"").doesNotContain("Add photo");
  }

  @Test
  void aFileThatIsNotAnImageIsRefusedNamingTheFieldAndNothingIsKept() throws Exception {
    upload("rosa.armorer", "%PDF-1.7 not a photo".getBytes(), "image/png")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("photo"))
        .andExpect(jsonPath("$.errors[0].rule").value("ImageType"));
    upload("rosa.armorer", new byte[0], "image/png")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("Required"));
    mvc.perform(get(api).header("Authorization", crew.bearer("rosa.armorer"))).andExpect(status().isNotFound());
  }

  @Test
  void onlyTheArmorerPhotographsTheRecordAndOutsidersSeeNothing() throws Exception {
    phone.refused(upload("dana.ad", PNG, "image/png"), "custody.only-armorer-handles");
    upload("rosa.armorer", PNG, "image/png").andExpect(status().isCreated());
    mvc.perform(get(api).header("Authorization", crew.bearer("tess.grip"))).andExpect(status().isOk());
    // Asked through a production Rosa is not on, the photo does not exist as far as she can tell.
    String elsewhere = "/api/productions/" + crew.production(Crew.DRAMA).id() + "/custody/weapons/" + weapon + "/photo";
    mvc.perform(get(elsewhere).header("Authorization", crew.bearer("rosa.armorer"))).andExpect(status().isNotFound());
  }

  @Test
  void fromTheWeaponPageTheArmorerAddsAPhotoAndSeesItThere() throws Exception {
    String pageUrl = "/productions/" + western.id() + "/custody/weapons/" + weapon;
    assertThat(mvc.perform(get(pageUrl).with(crew.signedIn("rosa.armorer"))).andReturn().getResponse()
        .getContentAsString()).contains("Add photo").doesNotContain("class=\"weapon-photo\"");
    mvc.perform(multipart(pageUrl + "/photo").file(new MockMultipartFile("photo", "revolver.png", "image/png", PNG))
            .with(crew.signedIn("rosa.armorer")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "Photo added to the weapon's record."));
    assertThat(mvc.perform(get(pageUrl).with(crew.signedIn("rosa.armorer"))).andReturn().getResponse()
        .getContentAsString()).contains("class=\"weapon-photo\"").contains("A newer photo");
    mvc.perform(get(pageUrl + "/photo").with(crew.signedIn("june.actor")))
        .andExpect(status().isOk()).andExpect(content().bytes(PNG));
  }

  private ResultActions upload(String who, byte[] bytes, String type) throws Exception {
    return mvc.perform(multipart(api).file(new MockMultipartFile("photo", "photo", type, bytes))
        .header("Authorization", crew.bearer(who)));
  }
}
