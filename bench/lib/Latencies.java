import java.util.Arrays;

/** Latencies in nanoseconds, read as nearest-rank percentiles in milliseconds. */
final class Latencies {
  private final long[] values;
  private int added;
  private boolean sorted;

  Latencies(int size) {
    values = new long[size];
  }

  void set(int i, long nanos) {
    values[i] = nanos;
  }

  void add(long nanos) {
    values[added++] = nanos;
  }

  /** Nearest-rank percentile, in milliseconds. */
  double percentile(double p) {
    if (!sorted) {
      Arrays.sort(values);
      sorted = true;
    }
    int rank = (int) Math.ceil(p / 100 * values.length);
    return values[Math.max(0, Math.min(values.length - 1, rank - 1))] / 1e6;
  }

  String describe() {
    return String.format("p50 %6.3f ms  p99 %6.3f ms  max %7.3f ms", percentile(50), percentile(99), percentile(100));
  }
}
