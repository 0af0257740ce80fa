package org.setsafe.ledger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReasonWords;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger's refusals of a subject or a proof asked amiss have words for the reader as well as the API's English. */
@SetSafeTest
class LedgerProblemsInWordsTest {

  @Autowired Crew crew;
  @Autowired Ledger ledger;

  @Test
  void aSubjectOrAProofAskedAmissIsRefusedInTheReadersWords() {
    UUID western = crew.production(Crew.WESTERN).id();
    long size = crew.as("dana.ad", () -> ledger.overview(western).size());
    refused(() -> crew.as("dana.ad", () -> ledger.history(western, "no subject")));
    refused(() -> crew.as("dana.ad", () -> ledger.inclusionProof(western, -1, null)));
    refused(() -> crew.as("dana.ad", () -> ledger.inclusionProof(western, 0, size + 1_000_000)));
    refused(() -> crew.as("dana.ad", () -> ledger.consistencyProof(western, null, null)));
    refused(() -> crew.as("dana.ad", () -> ledger.consistencyProof(western, size + 1_000_000, null)));
  }

  private static void refused(ThrowingCallable asked) {
    assertThatThrownBy(asked).isInstanceOfSatisfying(InvalidInputException.class, ReasonWords::saidAsWritten);
  }
}
