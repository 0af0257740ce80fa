package org.setsafe.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Words a notice says, as a message of the bundles and its arguments, so that each person reads them in the
 * language they chose: they are put into words only when the notice reaches that person. An argument is said as it
 * is (a name, a title, a reason someone wrote down), or is itself {@code Words}, a {@link Moment}, a {@link Day} or
 * {@link Together}, which are said in the reader's language too.
 */
public record Words(String code, List<Object> args) {

  public Words {
    Objects.requireNonNull(code, "code");
    // A missing value reads as nothing rather than failing a notice someone must hear.
    args = List.copyOf(args.stream().map(arg -> arg == null ? "" : arg).toList());
  }

  public static Words of(String code, Object... args) {
    return new Words(code, Arrays.asList(args));
  }

  /** A moment on a production's clock, with its date and year: "Sat 5 Dec 2026 22:07 MST", "sáb 5 dic 2026…". */
  public record Moment(Instant at, ZoneId zone) {
    public Moment {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(zone, "zone");
    }
  }

  /** A day, with its year ("Sat 5 Dec 2026", "sáb 5 dic 2026") or, for a day of this shoot, without ("Sat 5 Dec"). */
  public record Day(LocalDate day, boolean withYear) {
    public Day {
      Objects.requireNonNull(day, "day");
    }

    public Day(LocalDate day) {
      this(day, true);
    }
  }

  /** Parts said one after another, as many as there are (a list of contacts, one a line). */
  public record Together(List<Object> parts) {
    public Together {
      parts = List.copyOf(parts.stream().map(part -> part == null ? "" : part).toList());
    }
  }
}
