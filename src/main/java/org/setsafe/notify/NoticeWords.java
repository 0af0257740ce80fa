package org.setsafe.notify;

import java.util.Locale;
import org.setsafe.shared.LocalTimes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a notice written in {@link Words} into one reader's language, from the message bundles. English is the
 * language of everyone who chose none, of outside addresses and of the production's webhook.
 */
@Component
class NoticeWords {

  private final MessageSource messages;

  NoticeWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The notice as a reader of this language reads it; a notice written in English is read as it is. */
  Notice in(Notice notice, Locale language) {
    if (!notice.inWords()) {
      return notice;
    }
    return notice.said(say(notice.subjectWords(), language), say(notice.textWords(), language));
  }

  String say(Words words, Locale language) {
    Object[] args = words.args().stream().map(arg -> argument(arg, language)).toArray();
    return messages.getMessage(words.code(), args, language);
  }

  private Object argument(Object arg, Locale language) {
    if (arg instanceof Words words) {
      return say(words, language);
    }
    if (arg instanceof Words.Moment moment) {
      return LocalTimes.dated(moment.at(), moment.zone(), language);
    }
    if (arg instanceof Words.Day day) {
      return day.withYear() ? LocalTimes.day(day.day(), language) : LocalTimes.dayThisShoot(day.day(), language);
    }
    if (arg instanceof Words.Together together) {
      StringBuilder said = new StringBuilder();
      together.parts().forEach(part -> said.append(argument(part, language)));
      return said.toString();
    }
    return arg;
  }
}
