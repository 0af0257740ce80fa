package org.setsafe.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.shared.InvalidInputException;

/**
 * A certificate's record and its scanned copy refuse what they cannot keep in the reader's words too; in English
 * exactly the message the API answers.
 */
class TrainingProblemsInWordsTest {

  private static final UUID ROSA = UUID.randomUUID();
  private static final LocalDate ISSUED = LocalDate.of(2025, 10, 1);

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of("no issue date", (ThrowingCallable) () -> record(1, null, null, null)),
        Arguments.of("issued before 1950", (ThrowingCallable) () -> record(1, LocalDate.of(1900, 1, 1), null, null)),
        Arguments.of("expires after 2200", (ThrowingCallable) () -> record(1, ISSUED, LocalDate.of(2300, 1, 1), null)),
        Arguments.of("expires before issued", (ThrowingCallable) () -> record(1, ISSUED, ISSUED.minusDays(1), null)),
        Arguments.of("a correction without why", (ThrowingCallable) () -> record(2, ISSUED, null, null)),
        Arguments.of("an empty scan", (ThrowingCallable) () -> ScanCopy.of(new byte[0], 1000)),
        Arguments.of("a scan too big", (ThrowingCallable) () -> ScanCopy.of(new byte[2048], 1000)),
        Arguments.of("a scan of a web page",
            (ThrowingCallable) () -> ScanCopy.of("<html>".getBytes(StandardCharsets.US_ASCII), 1000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void isSaidAsWritten(String what, ThrowingCallable provoke) {
    InvalidInputException problem = catchThrowableOfType(InvalidInputException.class, provoke);
    assertThat(problem).as(what).isNotNull();
    saidAsWritten(problem);
  }

  private static CertificationRecord record(int version, LocalDate issuedOn, LocalDate expiresOn, String reason) {
    return new CertificationRecord(UUID.randomUUID(), version, ROSA, "ARMORER_PERMIT", "California DOJ", "AP-1",
        issuedOn, expiresOn, false, reason, null, null, ROSA, Instant.parse("2025-10-01T12:00:00Z"));
  }
}
