package org.setsafe.studio;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.Production;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;
import org.setsafe.studio.StudioColumn.Concern;
import org.setsafe.studio.StudioColumn.StudioCell;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The studio's table: every production a row, every contributed {@link StudioColumn} a column, sorted and filtered
 * as the reader asks. Each column is asked once for all productions, so the cost grows with the columns' queries,
 * not with one query per production.
 */
@Service
public class StudioTable {

  /** The sort that puts first the productions with the most cells that call for action. */
  public static final String ATTENTION = "attention";
  public static final String NAME = "name";

  private final CrewList productions;
  private final ObjectProvider<StudioColumn> columns;
  private final Clock clock;

  StudioTable(CrewList productions, ObjectProvider<StudioColumn> columns, Clock clock) {
    this.productions = productions;
    this.columns = columns;
    this.clock = clock;
  }

  /** A column's key and heading, left to right. */
  public record Heading(String key, String heading) {}

  /** One production's row: its cells by column key (a column with nothing to say gives an empty cell). */
  public record Row(UUID productionId, String name, String link, Map<String, StudioCell> cells) {

    public StudioCell cell(String key) {
      StudioCell cell = cells.get(key);
      return cell == null ? new StudioCell(0, Concern.NONE, "", null, link) : cell;
    }

    /** How many cells call for action: the default order of the table. */
    public long toAct() {
      return cells.values().stream().filter(c -> c.concern() == Concern.ACT).count();
    }
  }

  /**
   * What the reader asked for: the sort column and its direction ({@code asc} or {@code desc}; figures largest
   * first and names A to Z unless asked otherwise), the column whose non-empty cells alone are shown, a name.
   */
  public record Ask(String sort, String direction, String only, String name) {

    public static final Ask DEFAULT = new Ask(ATTENTION, null, null, null);

    public Ask {
      sort = sort == null || sort.isBlank() ? ATTENTION : sort.strip().toLowerCase(Locale.ROOT);
      direction = direction == null || direction.isBlank() ? (sort.equals(NAME) ? "asc" : "desc")
          : direction.strip().toLowerCase(Locale.ROOT);
      only = only == null || only.isBlank() ? null : only.strip().toLowerCase(Locale.ROOT);
      name = name == null || name.isBlank() ? null : name.strip();
    }

    public boolean ascending() {
      return "asc".equals(direction);
    }
  }

  /** The table as asked, at one instant, with every production's row before filtering counted. */
  public record Table(Instant at, List<Heading> columns, List<Row> rows, int productionCount, Ask ask) {}

  /** For studio safety and administrators only; refuses (and logs) anyone else. */
  public Table table(Ask ask) {
    StudioAccess.require("studio view");
    List<StudioColumn> ordered = ordered();
    check(ask, ordered);
    List<Row> all = rows(productions.all(), ordered, clock.instant());
    List<Row> shown = all.stream().filter(row -> shows(row, ask)).sorted(order(ask)).toList();
    return new Table(clock.instant(), headings(ordered), shown, all.size(), ask);
  }

  /** Every production's row, unsorted and with no one's access checked: for the metrics, which a scrape asks. */
  Table everyProduction() {
    List<StudioColumn> ordered = ordered();
    return new Table(clock.instant(), headings(ordered), rows(productions.all(), ordered, clock.instant()),
        0, Ask.DEFAULT);
  }

  public List<Heading> headings() {
    return headings(ordered());
  }

  private List<StudioColumn> ordered() {
    return columns.orderedStream().sorted(Comparator.comparingInt(StudioColumn::order)
        .thenComparing(StudioColumn::key)).toList();
  }

  private static List<Heading> headings(List<StudioColumn> ordered) {
    return ordered.stream().map(c -> new Heading(c.key(), c.heading())).toList();
  }

  private static List<Row> rows(List<Production> productions, List<StudioColumn> ordered, Instant now) {
    List<UUID> ids = productions.stream().map(Production::id).toList();
    Map<String, Map<UUID, StudioCell>> byColumn = new LinkedHashMap<>();
    for (StudioColumn column : ordered) {
      byColumn.put(column.key(), ids.isEmpty() ? Map.of() : column.cells(ids, now));
    }
    List<Row> rows = new ArrayList<>(productions.size());
    for (Production p : productions) {
      Map<String, StudioCell> cells = new HashMap<>();
      byColumn.forEach((key, answered) -> {
        StudioCell cell = answered.get(p.id());
        if (cell != null) {
          cells.put(key, cell);
        }
      });
      rows.add(new Row(p.id(), p.name(), "/productions/" + p.id(), cells));
    }
    return rows;
  }

  private static void check(Ask ask, List<StudioColumn> ordered) {
    List<String> keys = ordered.stream().map(StudioColumn::key).toList();
    if (!ask.sort().equals(ATTENTION) && !ask.sort().equals(NAME) && !keys.contains(ask.sort())) {
      throw new InvalidInputException("sort", "OneOf", "sort by attention, name or one of the columns: "
          + String.join(", ", keys)).saying("input.studio.sort.one-of", String.join(", ", keys));
    }
    if (ask.only() != null && !keys.contains(ask.only())) {
      throw new InvalidInputException("only", "OneOf", "only names one of the columns: " + String.join(", ", keys))
          .saying("input.studio.only.one-of", String.join(", ", keys));
    }
    if (!ask.direction().equals("asc") && !ask.direction().equals("desc")) {
      throw new InvalidInputException("direction", "OneOf", "direction is asc or desc")
          .saying("input.studio.direction.one-of");
    }
    // A name is searched for as typed; NUL and other odd text is refused like anywhere else.
    Text.optional("name", ask.name(), 120);
  }

  private static boolean shows(Row row, Ask ask) {
    if (ask.name() != null && !row.name().toLowerCase(Locale.ROOT).contains(ask.name().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (ask.only() != null) {
      StudioCell cell = row.cell(ask.only());
      return cell.figure() != 0 || cell.concern() != Concern.NONE;
    }
    return true;
  }

  private static Comparator<Row> order(Ask ask) {
    Comparator<Row> byName = Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(r -> r.productionId().toString());
    if (ask.sort().equals(NAME)) {
      return ask.ascending() ? byName : byName.reversed();
    }
    Comparator<Row> first;
    if (ask.sort().equals(ATTENTION)) {
      first = Comparator.comparingLong(Row::toAct);
    } else {
      String key = ask.sort();
      first = Comparator.<Row>comparingLong(r -> r.cell(key).figure()).thenComparing(r -> r.cell(key).concern());
    }
    // Ties always read by name, whichever way the figures run.
    return (ask.ascending() ? first : first.reversed()).thenComparing(byName);
  }
}
