import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.setsafe.briefing.CallSheet;
import org.setsafe.briefing.CallSheet.ContactLine;
import org.setsafe.briefing.CallSheet.SceneHazards;
import org.setsafe.briefing.CallSheet.WorkStopped;
import org.setsafe.briefing.Hospital;

/**
 * Prints one call sheet's safety section (Greek, Cyrillic, accented Latin and CJK names, 12 scenes) over and over
 * in this JVM, and says how long the first print took (fonts read from the jar) and the median of the rest, in ms.
 * Run by run.sh against two builds of the classes, so the figures compare in one run.
 */
public class CallSheetPrintBench {

  public static void main(String[] args) throws Exception {
    int prints = Integer.parseInt(args[0]);
    Class<?> pdf = Class.forName("org.setsafe.briefing.web.CallSheetPdf");
    Constructor<?> make = pdf.getDeclaredConstructor();
    make.setAccessible(true);
    Method render = pdf.getDeclaredMethod("render", CallSheet.class);
    render.setAccessible(true);
    Object printer = make.newInstance();
    CallSheet sheet = aDay();
    long[] ms = new long[prints];
    int bytes = 0;
    for (int i = 0; i < prints; i++) {
      long start = System.nanoTime();
      bytes = ((byte[]) render.invoke(printer, sheet)).length;
      ms[i] = (System.nanoTime() - start) / 1_000_000;
    }
    long[] rest = Arrays.copyOfRange(ms, 1, prints);
    Arrays.sort(rest);
    System.out.println(ms[0] + " " + rest[rest.length / 2] + " " + bytes);
  }

  static CallSheet aDay() {
    List<SceneHazards> scenes = IntStream.rangeClosed(1, 12).mapToObj(n -> new SceneHazards(UUID.randomUUID(),
        String.valueOf(n), "Ridge line, riders cross the wash and take cover behind the rocks.",
        List.of("Firearms"), true, List.of())).toList();
    List<String> meetings = IntStream.rangeClosed(1, 12)
        .mapToObj(n -> "Sc. " + n + ": " + CallSheet.FIREARMS_MEETING).toList();
    List<ContactLine> contacts = List.of(
        new ContactLine("Safety advisor", "Ελένη Παπαδοπούλου", null, "On set; may halt production"),
        new ContactLine("Armorer", "Анна Иванова", "+1 505 555 0111", "24/7"),
        new ContactLine("Set medic", "Zoë Łukasiewicz", "+1 505 555 0122", "On set from call to wrap"),
        new ContactLine("Stunt coordinator", "山田太郎", "+1 505 555 0123", "On set"));
    List<WorkStopped> stops = new ArrayList<>(List.of(new WorkStopped("Sc. 4", false, "王小明",
        LocalDateTime.of(2026, 12, 7, 9, 0), "Live round found among the dummies")));
    return new CallSheet(UUID.randomUUID(), "Western", UUID.randomUUID(), LocalDate.of(2026, 12, 7),
        LocalTime.of(6, 30), "Cerrillos Hills", LocalTime.of(12, 30), LocalTime.of(19, 0), scenes, List.of(),
        meetings, contacts, new Hospital("Christus St. Vincent", "455 St Michael's Dr, Santa Fe", "+1 505 555 0100",
            null, 22), List.of(), List.of(new ContactLine("Counselling", "Crew Care Line", "+1 800 555 0133", null)),
        null, null, Instant.parse("2026-12-06T16:00:00Z"), "America/Denver", stops);
  }
}
