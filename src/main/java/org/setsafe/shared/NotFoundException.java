package org.setsafe.shared;

import org.setsafe.shared.Refusal.Said;

/**
 * Nothing by that id that the caller may see. Also used when the thing exists but belongs to a
 * production the caller is not on, so that guessing ids reveals nothing.
 *
 * <p>The message is English, as the API reads it; a page shows {@link #forReader() the reader's words} when it was
 * {@link #saying said} in bundle words too.
 */
public class NotFoundException extends RuntimeException {

  private Said said;

  public NotFoundException(String message) {
    super(message);
  }

  /** The same, with its message as bundle words: the English of {@code key} says it word for word. */
  public NotFoundException saying(String key, Object... args) {
    this.said = Said.of(key, args);
    return this;
  }

  /** The message as bundle words, or {@code null} when only the English exists. */
  public Said said() {
    return said;
  }

  /** The message in the language of the request being answered, or the English. */
  public String forReader() {
    return ReadersWords.say(said, getMessage());
  }
}
