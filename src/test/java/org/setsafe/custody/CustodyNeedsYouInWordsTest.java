package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.production.NeedsYou;
import org.setsafe.production.NeedsYou.Item;
import org.setsafe.shared.ReasonWords;

/** A show-clear waiting for its witness reads in the witness's language; the English stays word for word. */
class CustodyNeedsYouInWordsTest {

  @Test
  void aShowClearToConfirmIsSaidAsWrittenAndInSpanish() {
    Item item = CustodyNeedsYou.showClear(UUID.randomUUID(), "Colt SAA #B12");
    assertThat(item.what()).isEqualTo("The armorer showed you Colt SAA #B12: confirm what you saw, or refuse.");
    ReasonWords.saidAsWritten(item.whatSaid(), item.what());
    ReasonWords.saidAsWritten(item.actionSaid(), item.action());
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), item.whatSaid()))
        .isEqualTo("El armero te mostró Colt SAA #B12: confirma lo que viste, o recházalo.");
  }

  @Test
  void anItemWithoutItsWordsCannotBeMade() {
    assertThatThrownBy(() -> new Item(NeedsYou.SHOW_CLEAR, "Confirm it", null, "Go", null, "/"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
