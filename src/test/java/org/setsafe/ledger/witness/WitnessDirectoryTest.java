package org.setsafe.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The witness directory keeps every note it acknowledged, in order, and nothing half-written. */
class WitnessDirectoryTest {

  private static final String WESTERN = "setsafe/production/6c1f2a4e-0000-4000-8000-000000000001";
  private static final String NIGHT_SHIFT = "setsafe/production/6c1f2a4e-0000-4000-8000-000000000002";

  @TempDir Path dir;

  private static String note(int size) {
    return WESTERN + "\n" + size + "\nroot\n\n— setsafe-key AAAA\n";
  }

  @Test
  void notesComeBackAsWrittenAndTheLogIsListedOnce() {
    WitnessDirectory witness = WitnessDirectory.open(dir);
    witness.append(WESTERN, note(4));
    witness.append(WESTERN, note(10));
    witness.append(NIGHT_SHIFT, note(1));

    WitnessDirectory reopened = WitnessDirectory.open(dir);
    assertThat(reopened.knownLogs()).containsExactly(WESTERN, NIGHT_SHIFT);
    assertThat(reopened.notes(WESTERN)).containsExactly(note(4), note(10));
    assertThat(reopened.newestNotes(WESTERN)).containsExactly(note(10), note(4));
    assertThat(reopened.notes("setsafe/production/never-witnessed")).isEmpty();
  }

  @Test
  void aLineCutShortByACrashIsIgnoredAndRemovedByTheNextAppend() throws Exception {
    WitnessDirectory witness = WitnessDirectory.open(dir);
    witness.append(WESTERN, note(4));
    Path file = dir.resolve("setsafe_production_6c1f2a4e-0000-4000-8000-000000000001.checkpoints");
    Files.writeString(file, "c2V0c2FmZS9wcm9k", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);

    assertThat(witness.notes(WESTERN)).containsExactly(note(4));
    witness.append(WESTERN, note(10));

    assertThat(witness.notes(WESTERN)).containsExactly(note(4), note(10));
    assertThat(Files.readAllLines(file)).hasSize(2);
  }

  @Test
  void appendsFromManyThreadsAreAllKeptWhole() throws Exception {
    WitnessDirectory witness = WitnessDirectory.open(dir);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      int size = i;
      done.add(pool.submit(() -> witness.append(size % 2 == 0 ? WESTERN : NIGHT_SHIFT, note(size))));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();

    assertThat(witness.notes(WESTERN)).hasSize(100).allMatch(n -> n.startsWith(WESTERN + "\n"));
    assertThat(witness.notes(NIGHT_SHIFT)).hasSize(100);
    assertThat(witness.knownLogs()).containsExactlyInAnyOrder(WESTERN, NIGHT_SHIFT);
  }
}
