package org.setsafe.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.production.Hazard;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReasonWords;

/**
 * A report or a stop-work refused for what was typed says why in the reader's words, the English exactly what the
 * API answers: checked where the problems are made, without the application.
 */
class ReportingInputInWordsTest {

  private static final int ONE_MB = 1024 * 1024;
  private final ReportPhotos photos = new ReportPhotos(null, null, ONE_MB);

  static Stream<Arguments> refusedInput() {
    return Stream.of(
        Arguments.of("no category", (ThrowingCallable) () -> report(null, Severity.HIGH, "Loose sandbag").checked()),
        Arguments.of("no severity", (ThrowingCallable) () -> report(Hazard.HEIGHTS, null, "Loose sandbag").checked()),
        Arguments.of("a title too long", (ThrowingCallable) () -> report(Hazard.HEIGHTS, Severity.LOW, "x".repeat(
            NewReport.MAX_TITLE + 1)).checked()),
        Arguments.of("a control character", (ThrowingCallable) () -> report(Hazard.HEIGHTS, Severity.LOW,
            "Sandbag\u0000").checked()),
        Arguments.of("a scene and the whole production", (ThrowingCallable) () -> new CallStopWork(UUID.randomUUID(),
            true, null, false).why()),
        Arguments.of("neither", (ThrowingCallable) () -> new CallStopWork(null, false, null, false).why()),
        Arguments.of("a reason too long", (ThrowingCallable) () -> new CallStopWork(null, true,
            "x".repeat(CallStopWork.MAX_REASON + 1), false).why()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedInput")
  void whatWasTypedIsRefusedInTheReadersWords(String what, ThrowingCallable typed) {
    assertThatThrownBy(typed).isInstanceOfSatisfying(InvalidInputException.class, ReasonWords::saidAsWritten);
  }

  @Test
  void aPhotoTooBigOrNoImageAtAllIsRefusedInTheReadersWords() {
    byte[] big = Arrays.copyOf(ReportingApiTest.PNG, ONE_MB + 1);
    InvalidInputException tooBig = catchProblem(() -> photos.checked(new PhotoUpload("image/png", big)));
    assertThat(ReasonWords.saidAsWritten(tooBig).getMessage()).isEqualTo("photo must be at most 1 MB");
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), tooBig)).isEqualTo("la foto puede pesar como máximo 1 MB");
    ReasonWords.saidAsWritten(catchProblem(() -> photos.checked(new PhotoUpload("image/png", "not a picture"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
  }

  private static NewReport report(Hazard category, Severity severity, String title) {
    return new NewReport(category, severity, title, "By the C-stand on stage 4", null, null, null, false);
  }

  private static InvalidInputException catchProblem(ThrowingCallable step) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(step);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }
}
