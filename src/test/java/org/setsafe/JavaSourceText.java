package org.setsafe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reading SetSafe's own Java as text, for the rules a compiler cannot hold (every problem made with its words, every
 * date a person reads in their language): the main sources, and where a call's string or parentheses end.
 */
public final class JavaSourceText {

  /** Where the main sources are, from the project's folder. */
  public static final Path MAIN = Path.of("src/main/java");

  private JavaSourceText() {}

  /** Every main source file, in a stable order. */
  public static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The index of the quote that ends the string or text block starting at {@code start}. */
  public static int endOfString(String source, int start) {
    if (source.startsWith("\"\"\"", start)) {
      return source.indexOf("\"\"\"", start + 3) + 2;
    }
    int i = start + 1;
    while (source.charAt(i) != '"') {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  /** The index of the parenthesis that closes the one at {@code open}, past strings, characters and nested calls. */
  public static int closing(String source, int open) {
    int depth = 0;
    for (int i = open; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"') {
        i = endOfString(source, i);
      } else if (c == '\'') {
        i = endOfCharacter(source, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("no closing parenthesis after " + source.substring(open, Math.min(open + 80,
        source.length())));
  }

  /** The index of the quote that ends the character literal starting at {@code start} ('a', '\'', '\\'). */
  public static int endOfCharacter(String source, int start) {
    return source.indexOf('\'', source.charAt(start + 1) == '\\' ? start + 3 : start + 2);
  }
}
