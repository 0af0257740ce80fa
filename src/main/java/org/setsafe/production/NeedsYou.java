package org.setsafe.production;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;

/**
 * What only the signed-in person can do now on a production, answered by each module for its own steps (confirm a
 * show-clear, acknowledge today's safety meeting, sign a weapon plan, answer a management review): production must
 * not depend on those modules, so each implements this and the dashboard gathers them, most urgent first.
 */
public interface NeedsYou {

  /** Work is stopped: nothing else matters until someone who may resume it has said why it is safe. */
  int STOP_WORK = 0;
  /** A hazard report nobody acknowledged has climbed its escalation to you: the crew's alarm is already late. */
  int ESCALATED = 5;
  /** A weapon shown to you waits for your word before it can go to the performer. */
  int SHOW_CLEAR = 10;
  /** Today's safety meeting waits for your acknowledgment. */
  int MEETING = 20;
  /** A plan or an assessment waits for your signature before the scene may be shot. */
  int SIGNATURE = 30;
  /** A management review waits for your written answer. */
  int ANSWER = 40;

  /** For the signed-in person on this production; empty when nothing waits for them, or they are not crew. */
  List<Item> of(UUID productionId);

  /**
   * One thing to do: how urgent (lower first), what it is in plain words, the button's words and the page where it
   * is done.
   *
   * <p>{@code what} and {@code action} are English, word for word as they always were; {@code whatSaid} and
   * {@code actionSaid} are the same words from the answering module's bundle, which the page shows in the reader's
   * language. Text without its words cannot be made, so no module can put English on a Spanish reader's list.
   */
  record Item(int urgency, String what, @JsonIgnore Said whatSaid, String action, @JsonIgnore Said actionSaid,
      String link) {

    /** Sorted on the English, so the order is the same whatever language the reader reads. */
    public static final Comparator<Item> MOST_URGENT_FIRST = Comparator.comparingInt(Item::urgency)
        .thenComparing(Item::what);

    public Item {
      if (what != null && !what.isEmpty() && whatSaid == null) {
        throw new IllegalArgumentException("what needs its bundle words: " + what);
      }
      if (action != null && !action.isEmpty() && actionSaid == null) {
        throw new IllegalArgumentException("the action needs its bundle words: " + action);
      }
    }
  }
}
