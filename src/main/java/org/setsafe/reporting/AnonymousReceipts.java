package org.setsafe.reporting;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.setsafe.reporting.domain.ReceiptCode;
import org.springframework.stereotype.Component;

/**
 * Receipt codes for what else is sent anonymously through a production's public link (an incident), made and checked
 * exactly as an anonymous report's are ({@link ReportReceipts}): 24 random digits shown once, an eight-digit lookup
 * prefix kept in clear, the whole code only as an argon2id hash, and a code that matches nothing costing as long to
 * refuse as a wrong one. The module that keeps the thing followed keeps the lookup and the hash.
 */
@Component
public class AnonymousReceipts {

  /** A new receipt: the code to show once (grouped in fours), its lookup prefix, and the hash to keep. */
  public record Issued(String grouped, String lookup, String hash) {
    @Override
    public String toString() {
      return "Issued[code=(hidden)]";
    }
  }

  /** A new code whose lookup prefix {@code taken} does not know yet. */
  public Issued issue(Predicate<String> taken) {
    ReceiptCode code = ReceiptCode.random();
    while (taken.test(code.lookup())) {
      code = ReceiptCode.random();
    }
    return new Issued(code.grouped(), code.lookup(), ReportReceipts.RECEIPTS.encode(code.digits()));
  }

  /**
   * What the typed code follows: {@code byLookup} finds what a lookup prefix leads to and {@code hashOf} its hash;
   * empty unless the whole code matches. Spaces and dashes in what was typed are forgiven.
   */
  public <T> Optional<T> follow(String typed, Function<String, Optional<T>> byLookup, Function<T, String> hashOf) {
    Optional<ReceiptCode> code = ReceiptCode.parse(typed);
    Optional<T> found = code.flatMap(c -> byLookup.apply(c.lookup()));
    boolean matches = ReportReceipts.RECEIPTS.matches(code.map(ReceiptCode::digits).orElse("0"),
        found.map(hashOf).orElse(ReportReceipts.DECOY));
    return matches ? found : Optional.empty();
  }
}
