package org.setsafe.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SceneOrderTest {

  @ParameterizedTest(name = "{0} comes before {1}")
  @CsvSource({
      "7, 12",
      "12, 12A",
      "12A, 12B",
      "12B, 34",
      "9, 10",
      "99, 100",
      "12a, 12B",
      "4.1, 4.2",
      "4.2, 4.10",
      "101-3, 101-12",
      "012, 13",
      "A1, A2",
      "12, A1",
      "123456789012345678901234, 123456789012345678901235",
  })
  void scenesComeInScriptOrder(String earlier, String later) {
    assertThat(SceneOrder.NUMBERS.compare(earlier, later)).as(earlier + " before " + later).isNegative();
    assertThat(SceneOrder.NUMBERS.compare(later, earlier)).as(later + " after " + earlier).isPositive();
  }

  @ParameterizedTest(name = "{0} and {1} are the same scene number")
  @CsvSource({"12A, 12A", "' 7', 7"})
  void theSameNumberIsEqual(String a, String b) {
    assertThat(SceneOrder.NUMBERS.compare(a, b)).isZero();
  }

  @Test
  void aShuffledBreakdownSortsAsTheScriptReads() {
    List<String> script = List.of("1", "7", "12", "12A", "12B", "34", "101");
    List<String> shuffled = new ArrayList<>(script);
    Collections.shuffle(shuffled, new Random(7));
    shuffled.sort(SceneOrder.NUMBERS);
    assertThat(shuffled).containsExactlyElementsOf(script);
  }

  @Test
  void scenesSortByTheirNumbers() {
    List<Scene> scenes = new ArrayList<>(Arrays.asList(scene("34"), scene("12A"), scene("7"), scene("12")));
    scenes.sort(SceneOrder.SCENES);
    assertThat(scenes).extracting(Scene::number).containsExactly("7", "12", "12A", "34");
  }

  private static Scene scene(String number) {
    return new Scene(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), number, "", null);
  }
}
