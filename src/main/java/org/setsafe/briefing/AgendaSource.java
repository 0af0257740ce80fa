package org.setsafe.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.production.Scene;

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
   */
  record AgendaItem(UUID sceneId, String source, String title, List<String> lines, boolean concern,
      String fingerprint) {

    public AgendaItem {
      lines = List.copyOf(lines);
    }
  }
}
