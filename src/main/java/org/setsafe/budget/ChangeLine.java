package org.setsafe.budget;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.setsafe.budget.domain.Money;
import org.setsafe.budget.domain.SafetyLineKind;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.Text;

/**
 * A change to one safety line as typed: its kind, planned units and rate, and what is committed and spent, in the
 * budget currency's major unit (12.50). A field left out keeps what the line had (committed and actual start at
 * zero). Checked after the caller's access, so someone not on the production learns nothing of the rules.
 */
public record ChangeLine(String kind, BigDecimal plannedUnits, BigDecimal rate, BigDecimal committed,
    BigDecimal actual, String currency, String note, String reason) {

  /** The change, checked: each refusal a 400 naming the field and the rule. */
  Checked checked() {
    SafetyLineKind k = SafetyLineKind.fromCode(kind);
    if (kind == null || kind.isBlank()) {
      throw new InvalidInputException("kind", "Required", "kind names the safety line, e.g. ARMORER_DAYS")
          .saying("input.budget.kind.required");
    }
    if (k == null) {
      throw new InvalidInputException("kind", "Known", "kind is one of the safety lines, e.g. ARMORER_DAYS, "
          + "SAFETY_ADVISOR_DAYS, SET_MEDIC_DAYS").saying("input.budget.kind.known");
    }
    BigDecimal units = amount("plannedUnits", plannedUnits, Money.MAX_UNITS, true);
    BigDecimal r = amount("rate", rate, Money.MAX_RATE, true);
    BigDecimal c = amount("committed", committed, Money.MAX_AMOUNT, false);
    BigDecimal a = amount("actual", actual, Money.MAX_AMOUNT, false);
    if (k.staffed() && a != null && a.signum() != 0) {
      throw new InvalidInputException("actual", "WorkedFromTheRecord", "the actual of " + k.label()
          + " comes from staffing's roster and hours recorded, not from an entered amount")
          .saying("input.budget.actual.worked-from-the-record", Said.of("budget.line." + k.name()));
    }
    String cur = null;
    if (currency != null && !currency.isBlank()) {
      cur = currency.strip().toUpperCase(Locale.ROOT);
      try {
        Currency.getInstance(cur);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("currency", "Known", "currency is an ISO 4217 code such as USD, EUR or GBP")
            .saying("input.budget.currency.known");
      }
    }
    return new Checked(k, units, Money.cents(r), c == null ? null : Money.cents(c), a == null ? null : Money.cents(a),
        cur, Text.optional("note", note, 500), Text.optional("reason", reason, 2000));
  }

  private static BigDecimal amount(String field, BigDecimal value, BigDecimal max, boolean required) {
    if (value == null) {
      if (required) {
        throw new InvalidInputException(field, "Required", field + " is required")
            .saying("input.budget.amount.required", amountField(field));
      }
      return null;
    }
    if (value.signum() < 0) {
      throw new InvalidInputException(field, "NotNegative", field + " cannot be negative")
          .saying("input.budget.amount.not-negative", amountField(field));
    }
    if (value.compareTo(max) > 0) {
      throw new InvalidInputException(field, "Range", field + " is at most " + max.toPlainString())
          .saying("input.budget.amount.at-most", amountField(field), max.toPlainString());
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException(field, "Cents", field + " has at most two decimals")
          .saying("input.budget.amount.cents", amountField(field));
    }
    return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
  }

  /**
   * An amount's field as a problem names it (plannedUnits, rate, committed, actual): in English its own name, as the
   * API's problems do; in Spanish the form's label for it. The budget page's number check names them so too.
   */
  public static Said amountField(String field) {
    return Said.of("input.budget.field." + field);
  }

  /** The change with its amounts in cents; null committed or actual keeps the line's. */
  record Checked(SafetyLineKind kind, BigDecimal units, long rateCents, Long committedCents, Long actualCents,
      String currency, String note, String reason) {}
}
