package org.setsafe.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.setsafe.shared.Languages;

/**
 * Money as the budget keeps it: whole cents in a long, never a floating number, so a sum of many lines is exact.
 * The limits keep every product and sum far inside a long.
 */
public final class Money {

  /** The most one unit may cost: ten million in the budget's currency. */
  public static final BigDecimal MAX_RATE = new BigDecimal("10000000");
  /** The most one line may commit or spend: a billion. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
  /** The most units one line may plan. */
  public static final BigDecimal MAX_UNITS = new BigDecimal("100000");

  private Money() {}

  /** Units times a rate in cents, rounded half up to the cent. */
  public static long times(BigDecimal units, long rateCents) {
    return units.multiply(BigDecimal.valueOf(rateCents)).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** An amount in the currency's major unit (12.50) as cents; the caller checked its scale and range. */
  public static long cents(BigDecimal amount) {
    return amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  /** Cents as the currency's major unit, two decimals: the CSV's form. */
  public static BigDecimal major(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  /** Cents as people read them in English, and as the records keep them: "USD 12,500.00". */
  public static String format(String currency, long cents) {
    return format(currency, cents, Locale.ROOT);
  }

  /**
   * Cents as a reader of {@code language} reads them, the separators theirs ("USD 12,500.00" in
   * English and in the Spanish of the Americas SetSafe speaks). Always
   * two decimals and grouped, whatever the language's own habits for short numbers, so a column of amounts lines up.
   */
  public static String format(String currency, long cents, Locale language) {
    Locale spoken = Locale.ROOT.equals(language) ? Locale.ROOT : Languages.numbersFor(language);
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(
        Locale.ENGLISH.equals(spoken) ? Locale.ROOT : spoken));
    return currency + " " + format.format(major(cents));
  }
}
