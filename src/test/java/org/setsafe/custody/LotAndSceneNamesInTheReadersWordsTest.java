package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.LotOrigin;
import org.setsafe.custody.domain.RoundClass;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A lot named in a ledger sentence on a page: in English exactly the record's name, in Spanish the crew's words, the
 * caliber and the supplier as registered.
 */
class LotAndSceneNamesInTheReadersWordsTest {

  private final WeaponAndLotNames names = new WeaponAndLotNames(null, bundles());

  @ParameterizedTest
  @EnumSource(RoundClass.class)
  void aLotReadsAsTheRecordInEnglishAndInTheCrewsWordsInSpanish(RoundClass roundClass) {
    AmmunitionLot lot = new AmmunitionLot(UUID.randomUUID(), UUID.randomUUID(), roundClass, ".45 Colt",
        "Desert Prop Ammunition", LocalDate.of(2026, 12, 7), 50, LotOrigin.values()[0]);

    assertThat(names.lot(lot, Locale.ENGLISH)).isEqualTo(WeaponAndLotNames.lot(lot));
    String spanish = names.lot(lot, Locale.forLanguageTag("es"));
    assertThat(spanish).startsWith("el lote de ").contains("calibre .45 Colt", "de Desert Prop Ammunition")
        .doesNotContain("the lot", " from ", "blanks");
  }

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasenames("i18n/custody");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return bundles;
  }
}
