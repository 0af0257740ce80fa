package org.setsafe.custody.web;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.custody.Armory;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.Weapon;
import org.setsafe.custody.web.TagSheetPdf.LabelSheet;
import org.setsafe.custody.web.TagSheetPdf.Tag;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The printable tags of a production: a PDF sheet with one QR label per weapon and per lot, for the armorer or
 * property master to stick on the case or the box. Scanning a tag with any phone camera opens that item's page
 * (after signing in, if need be). The QR code carries an absolute address: the {@code setsafe.public-url}
 * setting when it is set (SetSafe behind a proxy), otherwise the address this request came in on.
 */
@Controller
class TagSheet {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final Armory armory;
  private final Productions productions;
  private final ProductionAccess access;
  private final String publicUrl;
  private final TagSheetPdf pdf = new TagSheetPdf();

  TagSheet(Armory armory, Productions productions, ProductionAccess access,
      @Value("${setsafe.public-url:}") String publicUrl) {
    this.armory = armory;
    this.productions = productions;
    this.access = access;
    this.publicUrl = checked(publicUrl);
  }

  @GetMapping("/productions/{productionId}/custody/tags.pdf")
  ResponseEntity<byte[]> tags(@PathVariable UUID productionId,
      @RequestParam(defaultValue = "AVERY_5160") String sheet) {
    LabelSheet layout = sheet(sheet);
    Production production = access.require(productionId, Permission.VIEW);
    UUID me = SignedInUser.current().map(SignedInUser::id).orElse(null);
    Set<CrewRole> roles = me == null ? Set.of() : productions.rolesOf(productionId, me).orElse(Set.of());
    if (!roles.contains(CrewRole.ARMORER) && !roles.contains(CrewRole.PROPERTY_MASTER)) {
      throw new AccessRefusedException("Only the armorer or property master prints the production's tags.");
    }
    String items = base() + "/productions/" + productionId + "/custody";
    List<Tag> tags = new ArrayList<>();
    armory.weapons(productionId).stream().map(Armory.WeaponEntry::weapon)
        .sorted(Comparator.comparing(Weapon::label))
        .forEach(weapon -> tags.add(weaponTag(items, weapon, production)));
    armory.lots(productionId).stream()
        .sorted(Comparator.comparing(AmmunitionLot::receivedOn).thenComparing(AmmunitionLot::caliber))
        .forEach(lot -> tags.add(lotTag(items, lot, production)));
    byte[] body = pdf.render("Tags — " + production.name(), tags, layout);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("setsafe-tags-" + slug(production.name()) + ".pdf").build().toString())
        .body(body);
  }

  static Tag weaponTag(String items, Weapon weapon, Production production) {
    List<String> lines = new ArrayList<>();
    if (weapon.serial() != null) {
      lines.add("Serial " + weapon.serial());
    }
    String what = weapon.type() == null ? words(weapon.kind().name()) : words(weapon.type().name());
    lines.add(weapon.caliberOrGauge() == null ? what : what + ", " + weapon.caliberOrGauge());
    lines.add(production.name());
    return new Tag(items + "/weapons/" + weapon.id(), weapon.label(), lines);
  }

  static Tag lotTag(String items, AmmunitionLot lot, Production production) {
    return new Tag(items + "/lots/" + lot.id(), lot.displayName(),
        List.of("Lot " + shortId(lot.id()) + ", " + lot.count() + " rounds", "Received " + DAY.format(lot.receivedOn()),
            production.name()));
  }

  /** The first eight characters of a lot's id, as printed on its tag and shown on its page. */
  static String shortId(UUID id) {
    return id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static LabelSheet sheet(String name) {
    for (LabelSheet sheet : LabelSheet.values()) {
      if (sheet.name().equalsIgnoreCase(name.strip())) {
        return sheet;
      }
    }
    throw new InvalidInputException("sheet", "OneOf", "sheet must be one of "
        + java.util.Arrays.stream(LabelSheet.values()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  private String base() {
    return publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : publicUrl;
  }

  private static String checked(String url) {
    String trimmed = url == null ? "" : url.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (!trimmed.isEmpty()) {
      URI uri = URI.create(trimmed);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new IllegalStateException("setsafe.public-url must be an absolute http(s) address, not " + url);
      }
    }
    return trimmed;
  }

  private static String words(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String slug(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return slug.isEmpty() ? "production" : slug;
  }
}
