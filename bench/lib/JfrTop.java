import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a flight recording's CPU samples went, as shares of all samples: the methods on top of the stack (self), and
 * the methods anywhere on it (inclusive, each counted once a sample), optionally only those matching a pattern.
 * Usage: {@code java bench/lib/JfrTop.java FILE.jfr [top=30] [match=org\.setsafe|jdbc] [thread=http-nio]}
 * (e.g. the custody benchmark's {@code BENCH_JFR=1} recording).
 */
public final class JfrTop {

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String a : argv) {
      int eq = a.indexOf('=');
      args.put(eq < 0 ? "file" : a.substring(0, eq), eq < 0 ? a : a.substring(eq + 1));
    }
    int top = Integer.parseInt(args.getOrDefault("top", "30"));
    Pattern match = Pattern.compile(args.getOrDefault("match", "."));
    String thread = args.get("thread");
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args.get("file")))) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      if (thread != null && (e.getThread("sampledThread") == null
          || !String.valueOf(e.getThread("sampledThread").getJavaName()).contains(thread))) {
        continue;
      }
      RecordedStackTrace stack = e.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = stack.getFrames();
      self.merge(name(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String name = name(frame);
        if (match.matcher(name).find() && seen.add(name)) {
          inclusive.merge(name, 1, Integer::sum);
        }
      }
    }
    System.out.println(samples + " execution samples" + (thread == null ? "" : " on threads named *" + thread + "*"));
    print("self (top of stack)", self, samples, top);
    print("inclusive (anywhere on the stack)", inclusive, samples, top);
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.println("\n" + title + ":");
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(c -> System.out.printf("  %5.1f%%  %s%n", 100.0 * c.getValue() / samples, c.getKey()));
  }
}
