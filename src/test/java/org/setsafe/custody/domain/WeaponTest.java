package org.setsafe.custody.domain;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.aRubberProp;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.custody.domain.CustodyTestData.WeaponBuilder;
import org.setsafe.shared.InvalidInputException;

class WeaponTest {

  static Stream<Arguments> acquisitionRecordFields() {
    return Stream.of(
        Arguments.of("manufacturerOrImporter", (UnaryOperator<WeaponBuilder>) b -> b.withManufacturer(" ")),
        Arguments.of("model", (UnaryOperator<WeaponBuilder>) b -> b.withModel(null)),
        Arguments.of("serial", (UnaryOperator<WeaponBuilder>) b -> b.withSerial("")),
        Arguments.of("type", (UnaryOperator<WeaponBuilder>) b -> b.withType(null)),
        Arguments.of("caliberOrGauge", (UnaryOperator<WeaponBuilder>) b -> b.withCaliber(null)));
  }

  @ParameterizedTest(name = "without {0}")
  @MethodSource("acquisitionRecordFields")
  void aFirearmWithoutAnAcquisitionRecordFieldIsRefusedNamingTheField(String field, UnaryOperator<WeaponBuilder> without) {
    assertThatThrownBy(() -> without.apply(aFirearm()).build())
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
          assertThat(refused.field()).isEqualTo(field);
          assertThat(refused.rule()).isEqualTo("27 CFR 478.125");
          assertThat(refused.getMessage()).contains("27 CFR 478.125");
        });
  }

  @Test
  void aRubberPropIsRegisteredWithoutFirearmFieldsAndIsNeverLoadable() {
    Weapon prop = aRubberProp().build();

    assertThat(prop.loadable()).isFalse();
    assertThat(new OnlyFirearmsAreLoadedPolicy().check(prop)).hasValueSatisfying(refusal ->
        assertThat(saidAsWritten(refusal).reason()).contains("never loaded"));
  }

  @Test
  void aFirearmIsLoadableAndNamedAsOnSet() {
    Weapon revolver = aFirearm().withSerial("SAA-7").build();

    assertThat(revolver.loadable()).isTrue();
    assertThat(revolver.label()).isEqualTo("Colt Single Action Army #SAA-7");
    assertThat(new OnlyFirearmsAreLoadedPolicy().check(revolver)).isEmpty();
  }
}
