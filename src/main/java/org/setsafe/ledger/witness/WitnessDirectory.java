package org.setsafe.ledger.witness;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Signed checkpoints kept outside the database they vouch for, so that whoever can rewrite, roll back or wipe the
 * database cannot also make the checkpoints that witnessed its old state disappear. Append only: nothing here
 * rewrites or removes a line.
 *
 * <p>Layout: {@code logs} lists every log ever witnessed, one origin a line; {@code <origin>.checkpoints} (the
 * origin with every character outside {@code [A-Za-z0-9.-]} turned into {@code _}) holds that log's signed notes,
 * one a line, each base64-encoded because a note spans several lines. Every append is synced to disk before it
 * returns. Several instances may share the directory: appends take an exclusive lock on {@code .lock}. A line cut
 * short by a crash (no final newline) was never acknowledged: readers ignore it and the next append removes it.
 */
public final class WitnessDirectory {

  static final String LOGS = "logs";
  static final String LOCK = ".lock";
  static final String SUFFIX = ".checkpoints";
  /** About twenty of the newest notes: enough to get past a few that do not verify, cheap to decode. */
  static final int TAIL_BYTES = 8 * 1024;

  /** File locks belong to the process, so threads (and several contexts) of one process queue here first. */
  private static final ReentrantLock IN_PROCESS = new ReentrantLock();

  private final Path dir;

  private WitnessDirectory(Path dir) {
    this.dir = dir;
  }

  /** Opens the directory, creating it when it does not exist yet. */
  public static WitnessDirectory open(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the ledger witness directory " + absolute + ": " + e, e);
    }
    return new WitnessDirectory(absolute);
  }

  public Path directory() {
    return dir;
  }

  /** The origins of every log ever witnessed here, in the order first witnessed. */
  public List<String> knownLogs() {
    return completeLines(dir.resolve(LOGS)).stream().filter(line -> !line.isBlank()).distinct().toList();
  }

  /** The log's witnessed signed notes, oldest first; empty for a log never witnessed. */
  public List<String> notes(String origin) {
    return decoded(completeLines(fileOf(origin)));
  }

  private static List<String> decoded(List<String> lines) {
    List<String> notes = new ArrayList<>();
    for (String line : lines) {
      try {
        notes.add(new String(Base64.getDecoder().decode(line), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException damaged) {
        // Kept out rather than guessed at; verification reports what the remaining notes show.
      }
    }
    return notes;
  }

  /**
   * The log's most recently witnessed notes, newest first, read from the end of its file only (about the last
   * {@code TAIL_BYTES}): what signing needs every few seconds, however long the file has grown.
   */
  public List<String> newestNotes(String origin) {
    Path file = fileOf(origin);
    if (!Files.exists(file)) {
      return List.of();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      long start = Math.max(0, size - TAIL_BYTES);
      ByteBuffer tail = ByteBuffer.allocate((int) (size - start));
      while (tail.hasRemaining() && channel.read(tail, start + tail.position()) >= 0) {
        // read until the buffer is full
      }
      String text = new String(tail.array(), StandardCharsets.US_ASCII);
      int end = text.lastIndexOf('\n');
      if (end < 0) {
        return List.of();
      }
      // The first line of a tail that does not start the file may be a part of a line.
      int from = start == 0 ? 0 : text.indexOf('\n') + 1;
      List<String> lines = new ArrayList<>();
      for (String line : text.substring(Math.min(from, end), end).split("\n", -1)) {
        if (!line.isEmpty()) {
          lines.add(0, line);
        }
      }
      return decoded(lines);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the ledger witness file " + file + ": " + e, e);
    }
  }

  /** Appends the log's signed note (and the log to the list, the first time), synced before returning. */
  public void append(String origin, String signedNote) {
    if (origin == null || origin.isBlank() || origin.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a log origin is one non-empty line");
    }
    String line = Base64.getEncoder().encodeToString(signedNote.getBytes(StandardCharsets.UTF_8));
    IN_PROCESS.lock();
    try (FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock()) {
      appendLine(fileOf(origin), line);
      if (!knownLogs().contains(origin)) {
        appendLine(dir.resolve(LOGS), origin);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write to the ledger witness directory " + dir + ": " + e, e);
    } finally {
      IN_PROCESS.unlock();
    }
  }

  private Path fileOf(String origin) {
    return dir.resolve(origin.replaceAll("[^A-Za-z0-9.-]", "_") + SUFFIX);
  }

  private void appendLine(Path file, String line) throws IOException {
    boolean created = !Files.exists(file);
    try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.READ))) {
      long end = completeLength(channel);
      if (end < channel.size()) {
        // A line cut short by a crash was never acknowledged; it goes, so that it cannot run into this one.
        channel.truncate(end);
      }
      ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
      long position = end;
      while (bytes.hasRemaining()) {
        position += channel.write(bytes, position);
      }
      channel.force(true);
    }
    if (created) {
      syncDirectory();
    }
  }

  /** The length of the file up to and including its last newline. */
  private static long completeLength(FileChannel channel) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    for (long position = channel.size() - 1; position >= 0; position--) {
      one.clear();
      channel.read(one, position);
      if (one.get(0) == '\n') {
        return position + 1;
      }
    }
    return 0;
  }

  private void syncDirectory() {
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory for syncing; the file's own sync still holds its content.
    }
  }

  /** Every line that ends with a newline; a last line without one was cut short and is left out. */
  private static List<String> completeLines(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the ledger witness file " + file + ": " + e, e);
    }
    int end = text.lastIndexOf('\n');
    if (end < 0) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.substring(0, end).split("\n", -1)) {
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
