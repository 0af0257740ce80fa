package org.setsafe.staffing;

import java.util.UUID;
import org.setsafe.shared.ReadersWords;

/** A person watched on a firearms day: their shift that day, their rest before it and their week's hours. */
public record PersonDay(UUID personId, String name, String watchedAs, ShiftView shift, Long restMinutesBefore,
    long weekMinutes) {

  /** Why the person is watched, in the language of the page being answered. */
  public String watchedAsForReader() {
    return ReadersWords.say(FatigueFlags.watchedAsWords(watchedAs), watchedAs);
  }
}
