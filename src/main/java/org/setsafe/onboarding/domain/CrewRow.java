package org.setsafe.onboarding.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.setsafe.production.CrewRole;

/**
 * One person of a crew list as read: the cells as written (for the preview), the values SetSafe understood, and
 * every problem found with them. {@code line} is the row's number as a spreadsheet shows it (the headings are 1).
 * {@code language} is the invitation's language the row asks for (en or es), null when it names none.
 */
public record CrewRow(int line, Map<CrewField, String> cells, String name, String email, String phone,
    String department, String position, Set<CrewRole> roles, LocalDate startsOn, LocalDate endsOn,
    String language, List<RowProblem> problems) {

  public boolean fine() {
    return problems.isEmpty();
  }

  public String cell(CrewField field) {
    return cells.getOrDefault(field, "");
  }

  /** The cells as written, for the preview. */
  public String writtenEmail() {
    return cell(CrewField.EMAIL);
  }

  public String writtenRole() {
    return cell(CrewField.ROLE);
  }

  public String writtenDepartment() {
    return cell(CrewField.DEPARTMENT);
  }

  /** What the crew list says about the person beyond their name and address, compared on re-import. */
  public CrewDetail detail() {
    return new CrewDetail(phone, position, startsOn, endsOn);
  }
}
