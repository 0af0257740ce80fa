package org.setsafe.onboarding.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.setsafe.onboarding.CrewImport;
import org.setsafe.onboarding.domain.ColumnMapping;
import org.setsafe.onboarding.domain.CrewField;
import org.setsafe.onboarding.domain.CrewSheet;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.RefusalFixes;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Languages;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A crew list in from the production office's spreadsheet: upload (or paste), map the columns, read the preview
 * with every row's problems, import; and the crew list out again in the same columns.
 */
@Controller
class CrewImportPages {

  private final CrewImport crewImport;
  private final Productions productions;
  private final ProductionAccess access;
  private final RefusalFixes refusals;

  private final MessageSource messages;

  CrewImportPages(CrewImport crewImport, Productions productions, ProductionAccess access, RefusalFixes refusals,
      MessageSource messages) {
    this.messages = messages;
    this.crewImport = crewImport;
    this.productions = productions;
    this.access = access;
    this.refusals = refusals;
  }

  @GetMapping("/productions/{productionId}/crew/import")
  String upload(@PathVariable UUID productionId, Model model) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("fields", CrewField.values());
    return "onboarding/import";
  }

  /** Reads the list (a file, or pasted text) and shows what importing it would do; writes nothing. */
  @PostMapping("/productions/{productionId}/crew/import/preview")
  String preview(@PathVariable UUID productionId, @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String csv, @RequestParam Map<String, String> params, Model model) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("fields", CrewField.values());
    String text;
    try {
      text = text(file, csv);
      model.addAttribute("csv", text);
      preview(crewImport.preview(productionId, text, mapping(params)), model);
    } catch (InvalidInputException e) {
      model.addAttribute("problem", e.forReader());
      return "onboarding/import";
    }
    return "onboarding/preview";
  }

  @PostMapping("/productions/{productionId}/crew/import")
  String importList(@PathVariable UUID productionId, @RequestParam(required = false) String csv,
      @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    try {
      // Rows naming no language are invited in the language of the page the office imports from.
      CrewImport.Imported done = crewImport.importList(productionId, csv, mapping(params),
          Languages.nearest(LocaleContextHolder.getLocale()).getLanguage());
      redirect.addFlashAttribute("notice", messages.getMessage("onboarding.import.done",
          new Object[] {done.invited(), done.changed(), done.unchanged()}, LocaleContextHolder.getLocale()));
      return "redirect:/productions/" + productionId + "/invitations";
    } catch (RuleRefusedException e) {
      model.addAttribute("refusal", refusals.onPage(e, null));
    } catch (InvalidInputException e) {
      model.addAttribute("problem", e.forReader());
    }
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("fields", CrewField.values());
    model.addAttribute("csv", csv);
    try {
      preview(crewImport.preview(productionId, csv, mapping(params)), model);
      return "onboarding/preview";
    } catch (InvalidInputException e) {
      return "onboarding/import";
    }
  }

  @GetMapping("/productions/{productionId}/crew/export.csv")
  ResponseEntity<String> export(@PathVariable UUID productionId) {
    String csv = crewImport.export(productionId);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("crew.csv").build().toString())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv);
  }

  /**
   * The preview and every row's problems said in the reader's language, by row line: "Correo: está vacío". A problem
   * the bundles have no words for is said as the import gives it.
   */
  private void preview(CrewImport.Preview preview, Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    Map<Integer, List<String>> problems = new HashMap<>();
    for (CrewImport.PlannedRow planned : preview.withProblems()) {
      problems.put(planned.row().line(), planned.row().problems().stream().map(p -> messages.getMessage(
          "onboarding.problem", new Object[] {messages.getMessage("onboarding.field." + p.field().name(), null,
              p.field().heading(), locale), messages.getMessage("onboarding.problem." + p.rule(),
              p.args().toArray(), p.problem(), locale)}, locale)).toList());
    }
    model.addAttribute("preview", preview);
    model.addAttribute("problems", problems);
  }

  /** The mapping chosen on the preview page ({@code map-EMAIL=E-mail address}); null when none was chosen. */
  static ColumnMapping mapping(Map<String, String> params) {
    Map<CrewField, String> chosen = new EnumMap<>(CrewField.class);
    Arrays.stream(CrewField.values()).forEach(f -> {
      String heading = params.get("map-" + f.name());
      if (heading != null && !heading.isBlank()) {
        chosen.put(f, org.setsafe.shared.Text.required("map-" + f.name(), heading, ColumnMapping.MAX_HEADING));
      }
    });
    return params.containsKey("mapped") ? new ColumnMapping(chosen) : null;
  }

  private static String text(MultipartFile file, String csv) {
    if (file != null && !file.isEmpty()) {
      if (file.getSize() > CrewSheet.MAX_CHARACTERS) {
        throw new InvalidInputException("file", "MaxSize", "the file may be at most " + CrewSheet.MAX_CHARACTERS / 1000
            + " kB; split the list").saying("input.onboarding.file.max-size", CrewSheet.MAX_CHARACTERS / 1000);
      }
      try {
        return new String(file.getBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InvalidInputException("file", "Readable", "the file could not be read; upload it again")
            .saying("input.onboarding.file.unreadable");
      }
    }
    if (csv == null || csv.isBlank()) {
      throw new InvalidInputException("file", "Required", "choose the crew list's CSV file, or paste it")
          .saying("input.onboarding.file.required");
    }
    return csv;
  }
}
