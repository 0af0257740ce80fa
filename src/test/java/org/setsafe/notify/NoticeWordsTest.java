package org.setsafe.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A notice in words reads in English exactly as the notices written in English did, and in Spanish in the crew's
 * words: arguments nested, moments and days in the reader's language, apostrophes kept, lines of contacts together.
 */
class NoticeWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final ZoneId DENVER = ZoneId.of("America/Denver");

  private final NoticeWords words = new NoticeWords(bundles());

  @Test
  void aNoticeWrittenInEnglishReadsAsItIsInEveryLanguage() {
    Notice notice = new Notice(null, "k", "Revolver not locked up", "The Colt is still out at wrap.", null);
    assertThat(words.in(notice, SPANISH)).isSameAs(notice);
  }

  @Test
  void theCustodyWatchSaysLockItUpNowInEachLanguageAndTheFindingAsRecorded() {
    Notice notice = new Notice(UUID.randomUUID(), "custody-watch/1",
        Words.of("notices.watch.unattended.subject", "Dust Devil Creek"),
        Words.of("notices.watch.unattended.text", "Colt SAA #3 is out of lock-up at wrap."), "/x");

    Notice english = words.in(notice, Locale.ENGLISH);
    assertThat(english.subject()).isEqualTo("[SetSafe] Lock it up now — Dust Devil Creek");
    assertThat(english.text()).isEqualTo("Colt SAA #3 is out of lock-up at wrap.\nThe armorer locks it up now. If it is"
        + " still out when the grace period ends, a hazard report opens and escalates.");
    assertThat(english.link()).isEqualTo("/x");
    Notice spanish = words.in(notice, SPANISH);
    assertThat(spanish.subject()).isEqualTo("[SetSafe] Guárdala en el resguardo ya — Dust Devil Creek");
    assertThat(spanish.text()).startsWith("Colt SAA #3 is out of lock-up at wrap.\nEl armero la guarda en el resguardo");
  }

  @Test
  void aCheckInListsTheContactsOneALineInTheReadersWords() {
    Words after = Words.of("notices.care.after.WEEK_1");
    Words.Together contacts = new Words.Together(List.of(Words.of("notices.contact.COUNSELLING"),
        ": Dr Ana Ruiz, 505-555-0142 (24/7)\n"));
    Notice notice = new Notice(null, "care/1/WEEK_1", Words.of("notices.care.check-in.subject", after),
        Words.of("notices.care.check-in.text", after, contacts), "/s");

    Notice english = words.in(notice, Locale.ENGLISH);
    assertThat(english.subject()).isEqualTo("[SetSafe] Checking in, a week after the incident");
    assertThat(english.text()).isEqualTo("It has been a week since the incident. How are you doing? If you would like"
        + " to talk, the contacts are below and on your support page.\n\nCounselling: Dr Ana Ruiz, 505-555-0142 (24/7)"
        + "\n\nIf you would rather not hear from us again about this, say so on your support page: the check-ins stop.");
    Notice spanish = words.in(notice, SPANISH);
    assertThat(spanish.subject()).isEqualTo("[SetSafe] ¿Cómo estás? Te escribimos una semana después del incidente");
    assertThat(spanish.text()).contains("\n\nApoyo psicológico: Dr Ana Ruiz, 505-555-0142 (24/7)\n\n");
  }

  @Test
  void momentsAndDaysReadInTheReadersLanguageOnTheProductionsClock() {
    Instant at = Instant.parse("2026-12-06T05:07:00Z");
    Words debrief = Words.of("notices.care.debrief.text", new Words.Moment(at, DENVER), "Stage 4");
    assertThat(words.say(debrief, Locale.ENGLISH)).startsWith("A group debrief is planned for Sat 5 Dec 2026 22:07 MST"
        + " at Stage 4.");
    assertThat(words.say(debrief, SPANISH)).startsWith("Hay una reunión posterior en grupo el sáb")
        .contains(" 5 dic", "2026 22:07 MST en Stage 4.");

    Words moved = Words.of("notices.plan.moved.text", "12A",
        Words.of("notices.sign-off.where", new Words.Day(LocalDate.of(2026, 12, 5), false), "Stage 4"),
        Words.of("notices.sign-off.no-day"));
    assertThat(words.say(moved, Locale.ENGLISH)).isEqualTo("Scene 12A moved from Sat 5 Dec at Stage 4 to no day yet,"
        + " so your signature on its weapon plan no longer counts. Please read it again and sign.");
  }

  @Test
  void anApostropheInAMessageWithArgumentsIsKept() {
    Words about = Words.of("notices.sign-off.about.scene", "Dust Devil Creek", "12A");
    assertThat(words.say(Words.of("notices.plan.meeting-lapsed.subject", about), Locale.ENGLISH))
        .isEqualTo("Dust Devil Creek, scene 12A: today's safety meeting no longer covers the scene");
  }

  /** The bundles as the application reads them: UTF-8, English for a language without its own. */
  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages", "i18n/notices");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
