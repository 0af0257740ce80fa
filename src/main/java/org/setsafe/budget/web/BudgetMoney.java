package org.setsafe.budget.web;

import org.setsafe.budget.domain.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Cents as the budget pages print them, in the reader's separators ("12,500.00", "12.500,00"), for the templates:
 * {@code ${@budgetMoney.of(cents)}}.
 */
@Component("budgetMoney")
class BudgetMoney {

  public String of(long cents) {
    return Money.format("", cents, LocaleContextHolder.getLocale()).strip();
  }

  /** The amount as a form field holds it: "950.00". */
  public String field(long cents) {
    return Money.major(cents).toPlainString();
  }
}
