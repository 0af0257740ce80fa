package org.setsafe.custody.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.jayway.jsonpath.JsonPath;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.LotOrigin;
import org.setsafe.custody.domain.RoundClass;
import org.setsafe.custody.domain.Weapon;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.custody.domain.WeaponOwner;
import org.setsafe.custody.web.TagSheetPdf.LabelSheet;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The printed tags: every weapon and lot of the production gets a label with its name in plain text and a QR
 * code that, read back from the rendered sheet as a phone camera would, opens that item's page after sign-in.
 */
@SetSafeTest
class TagSheetTest {

  private static final int DPI = 300;

  @Autowired MockMvc mvc;
  @Autowired Crew crew;

  private Production western;
  private String api;
  private String rosa;

  @BeforeEach
  void onSet() {
    western = crew.production(Crew.WESTERN);
    api = "/api/productions/" + western.id() + "/custody";
    rosa = crew.bearer("rosa.armorer");
  }

  @Test
  void everyWeaponAndLotGetsALabelWhoseQrCodeOpensItsPage() throws Exception {
    String serial = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String weapon = created(rosa, api + "/weapons", "$.weapon.id", """
        {"kind":"FIREARM","serial":"%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals"}""".formatted(serial));
    String lot = created(rosa, api + "/lots", "$.id", """
        {"roundClass":"DUMMY","caliber":".45 Colt","supplier":"Desert Prop Ammunition","receivedOn":"%s","count":50,
         "origin":"NEW_FROM_SUPPLIER"}""".formatted(LocalDate.now()));
    List<String> expected = new ArrayList<>();
    String items = "http://localhost/productions/" + western.id() + "/custody";
    ids(api + "/weapons", "$[*].weapon.id").forEach(id -> expected.add(items + "/weapons/" + id));
    ids(api + "/lots", "$[*].id").forEach(id -> expected.add(items + "/lots/" + id));

    MvcResult download = mvc.perform(get("/productions/" + western.id() + "/custody/tags.pdf")
            .with(crew.signedIn("rosa.armorer")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
        .andReturn();
    byte[] sheet = download.getResponse().getContentAsByteArray();
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "custody-tags.pdf"), sheet);
    Map<String, String> labels = labels(sheet, LabelSheet.AVERY_5160);

    assertThat(labels.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(labels.get(items + "/weapons/" + weapon))
        .contains("Colt Single Action Army #" + serial).contains("Serial " + serial).contains("Revolver, .45 Colt");
    assertThat(labels.get(items + "/lots/" + lot))
        .contains(".45 Colt dummies from Desert Prop").contains("Lot " + lot.substring(0, 8).toUpperCase() + ", 50 rounds")
        .contains("Received");

    // Scanned by someone not signed in: sign in first, then straight back to the weapon.
    String path = (items + "/weapons/" + weapon).substring("http://localhost".length());
    MockHttpSession phone = new MockHttpSession();
    mvc.perform(get(path).session(phone)).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    MvcResult signedIn = mvc.perform(post("/login").session(phone).with(csrf())
            .param("username", "eli.actor").param("password", Crew.PASSWORD))
        .andExpect(status().is3xxRedirection()).andReturn();
    assertThat(signedIn.getResponse().getRedirectedUrl()).contains(path);
    String page = mvc.perform(get(path).session((MockHttpSession) signedIn.getRequest().getSession()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Colt Single Action Army #" + serial);
  }

  @Test
  void theA4SheetLaysOutTheSameLabelsForThePropertyMaster() throws Exception {
    byte[] sheet = mvc.perform(get("/productions/" + western.id() + "/custody/tags.pdf").param("sheet", "avery_l7160")
            .with(crew.signedIn("hank.props")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (PDDocument pdf = Loader.loadPDF(sheet)) {
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(LabelSheet.AVERY_L7160.page.getWidth());
    }
    assertThat(labels(sheet, LabelSheet.AVERY_L7160)).isNotEmpty()
        .allSatisfy((url, text) -> assertThat(url).startsWith("http://localhost/productions/" + western.id()));
  }

  @Test
  void onlyTheArmorerOrPropertyMasterPrintsTagsAndAnUnknownSheetIsNamed() throws Exception {
    String tags = "/productions/" + western.id() + "/custody/tags.pdf";
    assertThat(mvc.perform(get(tags).with(crew.signedIn("eli.actor"))).andExpect(status().isForbidden())
        .andReturn().getResponse().getContentAsString()).contains("Only the armorer or property master prints");
    assertThat(mvc.perform(get(tags).param("sheet", "POSTCARD").with(crew.signedIn("rosa.armorer")))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
        .contains("sheet must be one of AVERY_5160, AVERY_L7160");
    mvc.perform(get("/productions/" + crew.production(Crew.DRAMA).id() + "/custody/tags.pdf")
        .with(crew.signedIn("rosa.armorer"))).andExpect(status().isNotFound());
  }

  @Test
  void aLabelKeepsItsQrCodeWhateverTheNameAndPrintsItInAnyScript() throws Exception {
    List<TagSheetPdf.Tag> tags = List.of(new TagSheetPdf.Tag("https://setsafe.example.org/productions/x/custody/weapons/y",
        "Smith & Wesson Model 10 Military & Police revolver with a very long name #Ж-123456789",
        List.of("Serial Ж-1", "Case 山田")));
    Map<String, String> labels = labels(new TagSheetPdf().render("Tags", tags, LabelSheet.AVERY_5160),
        LabelSheet.AVERY_5160);
    assertThat(labels).containsOnlyKeys("https://setsafe.example.org/productions/x/custody/weapons/y");
    assertThat(labels.values().iterator().next()).contains("Smith & Wesson").contains("Serial Ж-1").contains("Case 山田")
        .contains("…").doesNotContain("?");
  }

  @Test
  void aSpanishReaderPrintsTheTagsOwnWordsInSpanishAndTheNamesAsWritten() throws Exception {
    Production production = new Production(UUID.randomUUID(), "Cañón del Diablo",
        java.time.ZoneId.of("America/Denver"));
    Weapon revolver = new Weapon(UUID.randomUUID(), production.id(), WeaponKind.FIREARM, "Ж-1873", "Colt",
        "Single Action Army", FirearmType.REVOLVER, ".45 Colt", new WeaponOwner("Gunslinger Rentals", null), null,
        null);
    AmmunitionLot dummies = new AmmunitionLot(UUID.randomUUID(), production.id(), RoundClass.DUMMY, ".45 Colt",
        "Desert Prop", LocalDate.of(2026, 12, 7), 50, LotOrigin.NEW_FROM_SUPPLIER);
    String items = "https://setsafe.example.org/productions/" + production.id() + "/custody";
    TagSheet.TagWords spanish = new TagSheet.TagWords(BUNDLES, Locale.forLanguageTag("es"));
    TagSheet.TagWords english = new TagSheet.TagWords(BUNDLES, Locale.ENGLISH);

    Map<String, String> labels = labels(new TagSheetPdf().render(spanish.say("custody.tag-sheet.document-title",
        production.name()), List.of(TagSheet.weaponTag(items, revolver, production, spanish),
        TagSheet.lotTag(items, dummies, production, spanish)), LabelSheet.AVERY_5160), LabelSheet.AVERY_5160);

    assertThat(labels.get(items + "/weapons/" + revolver.id())).contains("Colt Single Action Army #Ж-1873")
        .contains("Serie Ж-1873").contains("Revólver, .45 Colt").contains("Cañón del Diablo")
        .doesNotContain("Serial").doesNotContain("Revolver,");
    String lot = TagSheet.shortId(dummies.id());
    assertThat(TagSheet.lotTag(items, dummies, production, spanish).title())
        .isEqualTo("cartuchos inertes (dummies) .45 Colt de Desert Prop");
    assertThat(labels.get(items + "/lots/" + dummies.id())).contains("cartuchos inertes (dummies)")
        .contains("Lote " + lot + ", 50 cartuchos").contains("Recibido el 7 dic 2026")
        .doesNotContain("rounds").doesNotContain("Received");
    assertThat(TagSheet.lotTag(items, dummies, production, english).lines())
        .as("in English the tag reads as it always has")
        .containsExactly("Lot " + lot + ", 50 rounds", "Received 7 Dec 2026", "Cañón del Diablo");
    assertThat(TagSheet.lotTag(items, dummies, production, english).title()).isEqualTo(dummies.displayName());
  }

  /** The tags' words as the application reads them. */
  private static final MessageSource BUNDLES = bundles();

  private static MessageSource bundles() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasenames("messages", "i18n/custody", "i18n/reasons");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return bundles;
  }

  @Test
  void aPublicAddressThatIsNotAnAbsoluteWebAddressStopsSetSafeFromStarting() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TagSheet(null, null, null, null, "setsafe.example.org"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("setsafe.public-url");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TagSheet(null, null, null, null, "ftp://setsafe.example.org"))
        .isInstanceOf(IllegalStateException.class);
  }

  /**
   * Reads the sheet back: for every label slot with something on it, the text printed in the slot and the
   * address its QR code decodes to (from the page rendered to pixels). Fails if a used slot has no readable
   * QR code, if a page embeds an image (the codes are vector), or if two labels carry the same address.
   */
  private static Map<String, String> labels(byte[] pdfBytes, LabelSheet sheet) throws Exception {
    Map<String, String> labels = new HashMap<>();
    try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
      PDFRenderer renderer = new PDFRenderer(pdf);
      for (int p = 0; p < pdf.getNumberOfPages(); p++) {
        PDPage page = pdf.getPage(p);
        assertThat(page.getResources().getXObjectNames()).as("no images: the QR codes are drawn").isEmpty();
        BufferedImage image = renderer.renderImageWithDPI(p, DPI, ImageType.GRAY);
        PDFTextStripperByArea text = new PDFTextStripperByArea();
        for (int slot = 0; slot < sheet.perPage(); slot++) {
          text.addRegion("s" + slot, area(sheet, slot));
        }
        text.extractRegions(page);
        for (int slot = 0; slot < sheet.perPage(); slot++) {
          String printed = text.getTextForRegion("s" + slot).replaceAll("\\s+", " ").strip();
          if (printed.isEmpty()) {
            continue;
          }
          String url = decode(image, area(sheet, slot));
          assertThat(labels).as("one label per item").doesNotContainKey(url);
          labels.put(url, printed);
        }
      }
    }
    return labels;
  }

  /** The slot's rectangle in points from the top-left corner, as the text stripper and the image see it. */
  private static Rectangle2D area(LabelSheet sheet, int slot) {
    return new Rectangle2D.Float(sheet.x(slot), sheet.page.getHeight() - sheet.y(slot) - sheet.height, sheet.width,
        sheet.height);
  }

  /** Crops the label out of the rendered page, framed in white as a camera would see it, and reads its QR code. */
  private static String decode(BufferedImage page, Rectangle2D area) throws Exception {
    double scale = DPI / 72.0;
    int x = (int) Math.round(area.getX() * scale);
    int y = (int) Math.round(area.getY() * scale);
    int h = (int) Math.round(area.getHeight() * scale);
    // The QR code fills a square at the label's left; the text beside it is for people, not for the decoder.
    int w = Math.min((int) Math.round(area.getWidth() * scale), h);
    int frame = 40;
    BufferedImage label = new BufferedImage(w + 2 * frame, h + 2 * frame, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = label.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, label.getWidth(), label.getHeight());
    g.drawImage(page.getSubimage(x, y, Math.min(w, page.getWidth() - x), Math.min(h, page.getHeight() - y)),
        frame, frame, null);
    g.dispose();
    int[] pixels = label.getRGB(0, 0, label.getWidth(), label.getHeight(), null, 0, label.getWidth());
    RGBLuminanceSource source = new RGBLuminanceSource(label.getWidth(), label.getHeight(), pixels);
    // ZXing's finder-pattern search misses a few valid codes (the same bytes a phone reads at once); what matters
    // here is what the code carries, so it is read as a camera app would, trying more than one way.
    List<Map.Entry<com.google.zxing.Binarizer, Map<DecodeHintType, Object>>> ways = List.of(
        Map.entry(new HybridBinarizer(source), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)),
        Map.entry(new com.google.zxing.common.GlobalHistogramBinarizer(source),
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)),
        Map.entry(new HybridBinarizer(source), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)));
    com.google.zxing.ReaderException last = null;
    for (Map.Entry<com.google.zxing.Binarizer, Map<DecodeHintType, Object>> way : ways) {
      try {
        return new QRCodeReader().decode(new BinaryBitmap(way.getKey()), way.getValue()).getText();
      } catch (com.google.zxing.ReaderException e) {
        last = e;
      }
    }
    java.nio.file.Path seen = java.nio.file.Path.of("target", "unreadable-tag-" + System.nanoTime() + ".png");
    javax.imageio.ImageIO.write(label, "png", seen.toFile());
    throw new AssertionError("no readable QR code on the label at " + area + " (as rendered: " + seen + ")", last);
  }

  private String created(String bearer, String url, String idPath, String json) throws Exception {
    String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
            .header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, idPath);
  }

  private List<String> ids(String url, String path) throws Exception {
    String body = mvc.perform(get(url).header("Authorization", rosa)).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
    return JsonPath.read(body, path);
  }
}
