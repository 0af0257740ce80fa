package org.setsafe.briefing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.setsafe.production.Scene;
import org.setsafe.shared.Refusal.Said;

/**
 * What a module says the day's safety meeting and the call sheet's safety section must cover: the weapon plans
 * and risk assessments of the day's scenes, the staffing flags. Briefing gathers every source's items for the
 * day; it knows none of the sources by name.
 *
 * <p>Each item carries a fingerprint that changes whenever what the item says changes (a plan re-signed, a scene
 * moved, a flag raised). A meeting keeps the fingerprints it covered, so a scene whose items changed after the
 * meeting needs a new one before a firearm is issued for it.
 */
public interface AgendaSource {

  /**
   * The items for the production's shooting day on {@code date}, in the order they are read out. Called while
   * someone who may view the production is signed in, or by the system; it refuses no one.
   */
  List<AgendaItem> agendaFor(UUID productionId, LocalDate date);

  /**
   * Only the items about this one scene (as loaded by the caller) on the production's shooting day on {@code date}:
   * the same items, with the same fingerprints, as {@link #agendaFor} gives for it. Asked inside custody's issue,
   * whose caller custody already checked, so a source reads the scene's own records here and checks no one's
   * access. A source that does not say otherwise draws the whole day and keeps the scene's items.
   */
  default List<AgendaItem> agendaForScene(LocalDate date, Scene scene) {
    return agendaFor(scene.productionId(), date).stream().filter(i -> scene.id().equals(i.sceneId())).toList();
  }

  /**
   * One thing to cover: about one scene ({@code sceneId}) or the whole day (null); the source in words ("Weapon
   * plan", "Risk assessment", "Staffing"); a title; the lines read out; whether it is a concern still open (an
   * unsigned plan, short rest), which the call sheet lists apart; and its fingerprint.
   *
   * <p>{@code title} and {@code lines} are English: they are what the fingerprint and the meeting's record on the
   * ledger are made of. {@code titleWords} and {@code lineWords} (one per line, {@code null} for a line shown as it is,
   * such as what someone typed) say the same in bundle words, so each person reads the agenda in their language; an
   * item without them is read in English.
   */
  record AgendaItem(UUID sceneId, String source, String title, List<String> lines, boolean concern,
      // The words are for pages in the reader's language; the API answers the English, as every other API does.
      String fingerprint, @JsonIgnore Said titleWords, @JsonIgnore List<Said> lineWords) {

    public AgendaItem {
      lines = List.copyOf(lines);
      // Words for each line or for none: lines that do not match their words are read in English, never mixed up.
      lineWords = lineWords == null || lineWords.size() != lines.size() ? List.of()
          : Collections.unmodifiableList(new ArrayList<>(lineWords));
    }

    /** An item read in English only. */
    public AgendaItem(UUID sceneId, String source, String title, List<String> lines, boolean concern,
        String fingerprint) {
      this(sceneId, source, title, lines, concern, fingerprint, null, List.of());
    }

    /** The same item with its title and lines said in words too. */
    public AgendaItem saying(Said title, List<Said> lines) {
      return new AgendaItem(sceneId, source, this.title, this.lines, concern, fingerprint, title, lines);
    }
  }

  /**
   * An item's lines as they are written, each in English and in words: a source adds each line once with both, so the
   * two cannot drift apart; a line that is what someone typed is added as it is.
   */
  final class Lines {

    private final List<String> english = new ArrayList<>();
    private final List<Said> words = new ArrayList<>();

    /** A line SetSafe writes: its English and the same in bundle words. */
    public Lines add(String line, Said said) {
      english.add(line);
      words.add(said);
      return this;
    }

    /** A line shown as it is in every language (a description, a decision someone typed). */
    public Lines asIs(String line) {
      return add(line, null);
    }

    /**
     * Parts said one after another, joined by the bundle's {@code key} (e.g. "{0}; {1}"): nothing for none, the part
     * itself for one.
     */
    public static Object joined(String key, List<?> parts) {
      return parts.isEmpty() ? "" : parts.size() == 1 ? parts.get(0) : Said.joined(key, parts);
    }

    public List<String> english() {
      return english;
    }

    public List<Said> words() {
      return words;
    }
  }
}
