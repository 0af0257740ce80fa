package org.setsafe.custody.web;

import java.net.URI;
import java.time.LocalDate;
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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * setting when it is set (SetSafe behind a proxy), otherwise the address this request came in on. The tags' own
 * words (serial, lot, received, the kind of weapon and of round) are in the language of whoever prints them; names
 * and numbers print as they were written.
 */
@Controller
class TagSheet {

  private final Armory armory;
  private final Productions productions;
  private final ProductionAccess access;
  private final MessageSource messages;
  private final String publicUrl;
  private final TagSheetPdf pdf = new TagSheetPdf();

  TagSheet(Armory armory, Productions productions, ProductionAccess access, MessageSource messages,
      @Value("${setsafe.public-url:}") String publicUrl) {
    this.armory = armory;
    this.productions = productions;
    this.access = access;
    this.messages = messages;
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
      throw new AccessRefusedException("Only the armorer or property master prints the production's tags.")
          .saying("input.custody.not-allowed.tag-sheet");
    }
    TagWords words = new TagWords(messages, LocaleContextHolder.getLocale());
    String items = base() + "/productions/" + productionId + "/custody";
    List<Tag> tags = new ArrayList<>();
    armory.weapons(productionId).stream().map(Armory.WeaponEntry::weapon)
        .sorted(Comparator.comparing(Weapon::label))
        .forEach(weapon -> tags.add(weaponTag(items, weapon, production, words)));
    armory.lots(productionId).stream()
        .sorted(Comparator.comparing(AmmunitionLot::receivedOn).thenComparing(AmmunitionLot::caliber))
        .forEach(lot -> tags.add(lotTag(items, lot, production, words)));
    byte[] body = pdf.render(words.say("custody.tag-sheet.document-title", production.name()), tags, layout);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("setsafe-tags-" + slug(production.name()) + ".pdf").build().toString())
        .body(body);
  }

  static Tag weaponTag(String items, Weapon weapon, Production production, TagWords words) {
    List<String> lines = new ArrayList<>();
    if (weapon.serial() != null) {
      lines.add(words.say("custody.tag-sheet.serial", weapon.serial()));
    }
    String what = weapon.type() == null ? words.say("custody.kind." + weapon.kind().name())
        : words.say("custody.type." + weapon.type().name());
    lines.add(weapon.caliberOrGauge() == null ? what : what + ", " + weapon.caliberOrGauge());
    lines.add(production.name());
    return new Tag(items + "/weapons/" + weapon.id(), weapon.label(), lines);
  }

  static Tag lotTag(String items, AmmunitionLot lot, Production production, TagWords words) {
    String name = words.say("reason.lot-name", lot.caliber(),
        words.say("reason.round-class.plural." + lot.roundClass().name()), lot.supplier());
    return new Tag(items + "/lots/" + lot.id(), name,
        List.of(words.say("custody.tag-sheet.lot", shortId(lot.id()), String.valueOf(lot.count())),
            words.say("custody.tag-sheet.received", words.day(lot.receivedOn())), production.name()));
  }

  /** The tags' own words in the language of whoever prints them; arguments are placed as written. */
  record TagWords(MessageSource messages, Locale locale) {

    String say(String key, Object... args) {
      return messages.getMessage(key, args, locale);
    }

    /** The day a lot came in, as the reader writes a date ("7 Dec 2026", "7 dic 2026"). */
    String day(LocalDate day) {
      return DateTimeFormatter.ofPattern(say("custody.tag-sheet.day"), locale).format(day);
    }
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
    String names = java.util.Arrays.stream(LabelSheet.values()).map(Enum::name).collect(Collectors.joining(", "));
    throw new InvalidInputException("sheet", "OneOf", "sheet must be one of " + names)
        .saying("input.custody.tag-sheet.one-of", names);
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

  private static String slug(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return slug.isEmpty() ? "production" : slug;
  }
}
