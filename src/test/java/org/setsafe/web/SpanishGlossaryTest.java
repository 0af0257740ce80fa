package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Spanish bundle says each term of the trade with the one word the glossary chose
 * ({@code docs/spanish-glossary.md}): a crew reading "cartucho real" on one page and "bala real" on the next would
 * wonder whether they are two things. A variant the glossary rules out fails here, naming the bundle, the key and the
 * word to write instead. The bundles are read as files, every {@code _es.properties} under
 * {@code src/main/resources}, so a bundle added later is read too.
 */
class SpanishGlossaryTest {

  /** A term of the trade, the Spanish SetSafe writes for it, and the variants the glossary rules out. */
  record Term(String english, String spanish, List<String> ruledOut) {

    Term(String english, String spanish, String... ruledOut) {
      this(english, spanish, List.of(ruledOut));
    }
  }

  /** Kept in step with docs/spanish-glossary.md: each term and each variant ruled out is written there too. */
  static final List<Term> GLOSSARY = List.of(
      new Term("live round", "cartucho real",
          "bala real", "balas reales", "bala viva", "balas vivas", "cartucho vivo", "cartuchos vivos", "munición viva"),
      new Term("round", "cartucho", "bala", "balas"),
      new Term("blank", "cartucho de fogueo", "de salva", "salvas"),
      new Term("dummy round", "dummy", "cartucho falso", "cartuchos falsos", "cartucho simulado",
          "cartuchos simulados", "cartucho de utilería", "cartuchos de utilería"),
      new Term("firearm", "arma de fuego", "arma de verdad", "armas de verdad", "arma verdadera"),
      new Term("non-firing replica", "réplica que no dispara", "replica", "replicas"),
      new Term("cold / hot", "fría", "arma en frío", "arma en caliente"),
      new Term("misfire", "fallo de disparo", "falla de disparo", "tiro fallido"),
      new Term("show clear", "mostrar (el arma) vacía", "mostrar limpia", "mostrarla limpia", "show clear",
          "show-clear"),
      new Term("a show-clear", "muestra de arma vacía", "muestra de vacía"),
      new Term("issue / hand-off", "entregar", "hand-off", "handoff"),
      new Term("lock-up", "resguardo", "lock-up", "bajo llave"),
      new Term("unattended", "sin vigilancia", "sin custodia", "desatendida", "desatendido"),
      new Term("stand-down", "alto general", "stand-down", "parada general"),
      new Term("armorer", "armero", "armerista", "encargado de armas", "maestro armero"),
      new Term("property master", "jefe de utilería", "utilero", "utilera", "encargado de utilería", "jefe de props",
          "maestro de utilería"),
      new Term("1st AD", "primer asistente de dirección", "primer ayudante de dirección", "primer AD", "1° AD",
          "1.er AD", "1ro AD", "asistente de director"),
      new Term("safety advisor", "asesor de seguridad", "consultor de seguridad", "oficial de seguridad",
          "supervisor de seguridad"),
      new Term("UPM", "gerente de producción (UPM)", "jefe de producción", "gerente de unidad",
          "director de producción"),
      new Term("producer", "productor", "productora", "productoras"),
      new Term("cast", "reparto", "elenco"),
      new Term("stunt coordinator", "coordinador de stunts", "coordinador de dobles", "coordinador de especialistas"),
      new Term("set medic", "paramédico del set", "médico del set", "médico en el set"),
      new Term("grip", "grip", "tramoyista", "maquinista"),
      new Term("call sheet", "hoja de llamado", "hoja de llamada", "hoja de citación", "call sheet"),
      new Term("call time", "hora de llamado", "hora de citación", "citación"),
      new Term("location", "locación", "localización"),
      new Term("wrap", "fin del día", "wrap", "fin de jornada"),
      new Term("safety meeting", "junta de seguridad", "reunión de seguridad", "charla de seguridad",
          "plática de seguridad"),
      new Term("qualification", "certificación", "calificación", "calificaciones"),
      new Term("training", "capacitación", "entrenamiento"),
      new Term("hazard report", "reporte de peligro", "informe de peligro", "reporte de riesgo", "reporte de riesgos"),
      new Term("acknowledge (a hazard report)", "dar por recibido", "acusar recibo", "acusó recibo"),
      new Term("stop work", "parar el trabajo", "detener el trabajo", "parada de trabajo", "paradas de trabajo",
          "paro del trabajo", "alto al trabajo"),
      new Term("escalation", "escalamiento", "escalada", "escaladas"),
      new Term("near miss", "casi accidente", "cuasi accidente", "cuasiaccidente", "casi-accidente"),
      new Term("corrective action", "acción correctiva", "medida correctiva", "medidas correctivas"),
      new Term("counselling", "apoyo psicológico", "apoyo emocional"),
      new Term("ledger", "libro de registro", "libro mayor", "bitácora"),
      new Term("citations", "California Labor Code", "Código Laboral de California",
          "Código del Trabajo de California", "Boletín de Seguridad de la Industria"),
      new Term("Spanish of the Americas", "locación", "plató", "alquiler", "ordenador", "vosotros", "coger"),
      new Term("you, the reader", "tú", "usted", "elija", "seleccione", "ingrese", "haga clic", "inténtelo",
          "vuelva a intentarlo"));

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path GLOSSARY_DOC = Path.of("docs/spanish-glossary.md");

  @Test
  void noSpanishMessageUsesAVariantTheGlossaryRulesOut() throws IOException {
    List<Path> bundles = spanishBundles();
    assertThat(bundles).as("the Spanish bundles under " + RESOURCES)
        .anyMatch(p -> p.endsWith("messages_es.properties"))
        .anyMatch(p -> p.endsWith(Path.of("i18n", "custody_es.properties")));
    Set<String> found = new TreeSet<>();
    for (Path bundle : bundles) {
      Properties messages = read(bundle);
      for (String key : messages.stringPropertyNames()) {
        found.addAll(ruledOutIn(messages.getProperty(key), RESOURCES.relativize(bundle) + " " + key));
      }
    }
    assertThat(found).isEmpty();
  }

  /** The check itself: a ruled-out variant is found as a whole word in any case, and the chosen word is not. */
  @Test
  void aVariantIsFoundAsAWholeWordWhateverItsCase() {
    assertThat(ruledOutIn("Reportar una Bala real — {0}", "sample"))
        .containsExactly("sample: \"Bala real\" (live round: write \"cartucho real\")",
            "sample: \"Bala\" (round: write \"cartucho\")");
    assertThat(ruledOutIn("Reportar un cartucho real; el balance de {0} lotes", "sample")).isEmpty();
    assertThat(ruledOutIn("Elija al menos uno", "sample"))
        .containsExactly("sample: \"Elija\" (you, the reader: write \"tú\")");
    assertThat(ruledOutIn("Mientras no elijas, se usa el idioma de tu navegador.", "sample")).isEmpty();
  }

  @Test
  void theGlossaryDocumentWritesEveryTermAndEveryVariantItRulesOut() throws IOException {
    String doc = Files.readString(GLOSSARY_DOC, StandardCharsets.UTF_8);
    Set<String> missing = new TreeSet<>();
    for (Term term : GLOSSARY) {
      Stream.concat(Stream.of(term.spanish()), term.ruledOut().stream())
          .filter(word -> !doc.contains(word))
          .forEach(word -> missing.add(term.english() + ": " + word));
    }
    assertThat(missing).as("in " + GLOSSARY_DOC).isEmpty();
  }

  private static Set<String> ruledOutIn(String message, String where) {
    Set<String> found = new TreeSet<>();
    for (Term term : GLOSSARY) {
      for (String variant : term.ruledOut()) {
        var matcher = wholeWord(variant).matcher(message);
        while (matcher.find()) {
          found.add(where + ": \"" + matcher.group() + "\" (" + term.english() + ": write \"" + term.spanish()
              + "\")");
        }
      }
    }
    return found;
  }

  /** The variant on its own, not inside a longer word ("bala" is not in "balance"), in any case. */
  private static Pattern wholeWord(String variant) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(variant) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static List<Path> spanishBundles() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files.filter(p -> p.getFileName().toString().endsWith("_es.properties")).sorted().toList();
    }
  }

  private static Properties read(Path bundle) throws IOException {
    Properties messages = new Properties();
    try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      messages.load(in);
    }
    return messages;
  }
}
