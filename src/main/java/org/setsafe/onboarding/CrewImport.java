package org.setsafe.onboarding;

import static org.setsafe.shared.SpreadsheetCells.guarded;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.onboarding.OnboardingEvents.CrewListImported;
import org.setsafe.onboarding.OnboardingEvents.InvitationChanged;
import org.setsafe.onboarding.domain.ColumnMapping;
import org.setsafe.onboarding.domain.CrewDetail;
import org.setsafe.onboarding.domain.CrewField;
import org.setsafe.onboarding.domain.CrewRow;
import org.setsafe.onboarding.domain.CrewSheet;
import org.setsafe.onboarding.domain.Invitation;
import org.setsafe.onboarding.domain.OnboardingStore;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal.Said;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production office's crew list in and out as CSV. A preview reads the whole file and says every row's problems
 * and what importing would do to each person, writing nothing; an import does it all in one transaction or nothing,
 * and is keyed by email, so importing the updated list again changes only what changed and invites only the new.
 * Nobody is taken off the crew because a list leaves them out: removing a person stays a decision on the crew page.
 */
@Service
public class CrewImport {

  private final OnboardingStore store;
  private final ProductionAccess access;
  private final Productions productions;
  private final Accounts accounts;
  private final Invitations invitations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CrewImport(OnboardingStore store, ProductionAccess access, Productions productions, Accounts accounts,
      Invitations invitations, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.access = access;
    this.productions = productions;
    this.accounts = accounts;
    this.invitations = invitations;
    this.events = events;
    this.clock = clock;
  }

  /** What importing does to a row's person. */
  public enum Step {
    INVITE, CHANGE_INVITATION, CHANGE_MEMBER, UNCHANGED, NONE
  }

  /** A row of the preview: the row as read, its problems, and what importing it would do. */
  public record PlannedRow(CrewRow row, Step step, String who) {}

  public record Preview(CrewSheet sheet, List<PlannedRow> rows) {
    public boolean importable() {
      return sheet.importable();
    }

    public long count(Step step) {
      return rows.stream().filter(r -> r.step() == step).count();
    }

    public long toInvite() {
      return count(Step.INVITE);
    }

    public long toChange() {
      return count(Step.CHANGE_MEMBER) + count(Step.CHANGE_INVITATION);
    }

    public long unchanged() {
      return count(Step.UNCHANGED);
    }

    public List<PlannedRow> withProblems() {
      return rows.stream().filter(r -> !r.row().fine()).toList();
    }
  }

  public record Imported(int rows, int invited, int changed, int unchanged, int emailed, List<String> linksToHand) {}

  /** The production's remembered mapping, or none yet. */
  public Optional<ColumnMapping> mapping(UUID productionId) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    return store.mapping(productionId);
  }

  @Transactional
  public ColumnMapping saveMapping(UUID productionId, ColumnMapping mapping) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    mapping.headings().forEach((field, heading) -> org.setsafe.shared.Text.required(
        "mapping." + field.name().toLowerCase(Locale.ROOT), heading, ColumnMapping.MAX_HEADING));
    store.saveMapping(productionId, mapping, clock.instant());
    return mapping;
  }

  /**
   * Reads the list and says what importing it would do; writes nothing. {@code mapping} null: the production's
   * remembered mapping, fitted to this file's headings, else a guess from them.
   */
  public Preview preview(UUID productionId, String csv, ColumnMapping mapping) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    CrewSheet sheet = CrewSheet.read(csv, mapping != null ? mapping
        : store.mapping(productionId).orElse(new ColumnMapping(Map.of())));
    return plan(productionId, sheet);
  }

  /**
   * Imports the whole list or nothing: refused, naming every row's problems, if any row has one. New people are
   * invited (emailed) in the same step; the mapping used is remembered for the production's next list.
   */
  @Transactional
  public Imported importList(UUID productionId, String csv, ColumnMapping mapping) {
    return importList(productionId, csv, mapping, null);
  }

  /**
   * As {@link #importList(UUID, String, ColumnMapping)}, inviting in {@code language} those whose row names no
   * language (the language of the inviter's page); null, the inviter's chosen language, else English.
   */
  @Transactional
  public Imported importList(UUID productionId, String csv, ColumnMapping mapping, String language) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    store.lock(productionId);
    Preview preview = preview(productionId, csv, mapping);
    refuseUnlessImportable(preview);
    UUID actor = Invitations.actor();
    Map<UUID, CrewDetail> details = store.details(productionId);
    int invited = 0;
    int changed = 0;
    int emailed = 0;
    List<String> links = new ArrayList<>();
    for (PlannedRow planned : preview.rows()) {
      CrewRow row = planned.row();
      switch (planned.step()) {
        case INVITE -> {
          Invitations.Issued issued = invitations.issue(productionId, actor, offer(row, language));
          invited++;
          if (issued.emailed()) {
            emailed++;
          } else {
            links.add(row.name() + ": " + issued.link());
          }
        }
        case CHANGE_INVITATION -> {
          Invitation before = openInvitation(productionId, row.email()).orElseThrow();
          Invitation after = new Invitation(before.id(), productionId, before.email(), row.name(),
              EnumSet.copyOf(row.roles()), row.department(), row.detail(), before.stored(), before.timesSent(),
              before.invitedBy(), before.createdAt(), before.expiresAt(), null, null, before.language());
          store.change(after);
          events.publishEvent(new InvitationChanged(UUID.randomUUID(), actor, clock.instant(), productionId,
              before.id(), row.name(), before.roles(), after.roles(), row.department()));
          changed++;
        }
        case CHANGE_MEMBER -> {
          Member member = memberByEmail(productionId).get(row.email());
          if (!member.roles().equals(row.roles()) || !Objects.equals(member.department(), row.department())) {
            productions.changeMember(productionId, member.userId(), EnumSet.copyOf(row.roles()), row.department());
          }
          if (!row.detail().equals(details.getOrDefault(member.userId(), CrewDetail.NONE))) {
            store.saveDetail(productionId, member.userId(), row.detail());
          }
          changed++;
        }
        default -> {
        }
      }
    }
    store.saveMapping(productionId, preview.sheet().mapping(), clock.instant());
    int unchanged = (int) preview.count(Step.UNCHANGED);
    events.publishEvent(new CrewListImported(UUID.randomUUID(), actor, clock.instant(), productionId,
        preview.rows().size(), invited, changed, unchanged));
    return new Imported(preview.rows().size(), invited, changed, unchanged, emailed, links);
  }

  /** The crew and the open invitations in the columns an import reads, so an export imports again unchanged. */
  public String export(UUID productionId) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    Map<UUID, CrewDetail> details = store.details(productionId);
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setHeader(java.util.Arrays.stream(CrewField.values()).map(CrewField::heading).toArray(String[]::new)).get())) {
      for (Member member : productions.members(productionId)) {
        String email = accounts.findById(member.userId()).map(Account::email).orElse(null);
        line(printer, member.displayName(), email, member.department(), member.roles(),
            details.getOrDefault(member.userId(), CrewDetail.NONE), accounts.language(member.userId()).orElse(null));
      }
      for (Invitation invitation : store.ofProduction(productionId)) {
        if (invitation.status(clock.instant()).open() && invitation.email() != null) {
          line(printer, invitation.displayName(), invitation.email(), invitation.department(), invitation.roles(),
              invitation.detail(), invitation.language());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void line(CSVPrinter printer, String name, String email, String department,
      java.util.Set<CrewRole> roles, CrewDetail detail, String language) throws IOException {
    printer.printRecord(guarded(name), guarded(email), guarded(detail.phone()), guarded(department),
        guarded(detail.position()),
        guarded(String.join(";", roles.stream().sorted().map(CrewRole::label).toList())),
        detail.startsOn() == null ? "" : detail.startsOn().toString(),
        detail.endsOn() == null ? "" : detail.endsOn().toString(), language == null ? "" : language);
  }

  private Preview plan(UUID productionId, CrewSheet sheet) {
    Map<String, Member> members = memberByEmail(productionId);
    Map<UUID, CrewDetail> details = store.details(productionId);
    List<Invitation> open = store.ofProduction(productionId).stream()
        .filter(i -> i.email() != null && i.status(clock.instant()).open()).toList();
    List<PlannedRow> rows = new ArrayList<>();
    for (CrewRow row : sheet.rows()) {
      if (!row.fine()) {
        rows.add(new PlannedRow(row, Step.NONE, null));
        continue;
      }
      Member member = members.get(row.email());
      if (member != null) {
        boolean same = member.roles().equals(row.roles()) && Objects.equals(member.department(), row.department())
            && row.detail().equals(details.getOrDefault(member.userId(), CrewDetail.NONE));
        rows.add(new PlannedRow(row, same ? Step.UNCHANGED : Step.CHANGE_MEMBER, member.displayName()));
        continue;
      }
      Optional<Invitation> invitation = open.stream().filter(i -> i.email().equals(row.email())).findFirst();
      if (invitation.isPresent()) {
        Invitation i = invitation.get();
        boolean same = i.displayName().equals(row.name()) && i.roles().equals(row.roles())
            && Objects.equals(i.department(), row.department()) && i.detail().equals(row.detail());
        rows.add(new PlannedRow(row, same ? Step.UNCHANGED : Step.CHANGE_INVITATION, i.displayName()));
        continue;
      }
      rows.add(new PlannedRow(row, Step.INVITE, row.name()));
    }
    return new Preview(sheet, List.copyOf(rows));
  }

  private Optional<Invitation> openInvitation(UUID productionId, String email) {
    return store.ofProduction(productionId).stream()
        .filter(i -> email.equals(i.email()) && i.status(clock.instant()).open()).findFirst();
  }

  /** The crew by their account's address, lower case; people without an address cannot be matched by a list. */
  private Map<String, Member> memberByEmail(UUID productionId) {
    Map<String, Member> byEmail = new HashMap<>();
    for (Member member : productions.members(productionId)) {
      accounts.findById(member.userId()).map(Account::email).filter(e -> e != null && !e.isBlank())
          .ifPresent(e -> byEmail.put(e.toLowerCase(Locale.ROOT), member));
    }
    return byEmail;
  }

  private static Invitations.Offer offer(CrewRow row, String language) {
    return new Invitations.Offer(row.email(), row.name(), row.roles(), row.department(), row.detail(),
        row.language() != null ? row.language() : language);
  }

  private static void refuseUnlessImportable(Preview preview) {
    if (preview.importable()) {
      return;
    }
    List<CrewField> missing = preview.sheet().mapping().missing();
    if (!missing.isEmpty()) {
      throw new InvalidInputException("mapping", "Required", "map a column to "
          + String.join(", ", missing.stream().map(CrewField::heading).toList()) + " before importing")
          .saying("input.onboarding.mapping.missing", Said.joined("input.onboarding.list.comma",
              missing.stream().map(f -> Said.of("onboarding.field." + f.name())).toList()));
    }
    if (preview.rows().isEmpty()) {
      throw new InvalidInputException("csv", "NotEmpty", "csv holds headings but no crew rows")
          .saying("input.onboarding.csv.no-rows");
    }
    List<String> said = new ArrayList<>();
    List<Said> words = new ArrayList<>();
    preview.withProblems().forEach(r -> r.row().problems().forEach(p -> {
      said.add("row " + r.row().line() + " " + p.said());
      words.add(Said.of("input.onboarding.csv.row-problem", r.row().line(), p.words()));
    }));
    int rows = preview.withProblems().size();
    String first = String.join("; ", said.stream().limit(50).toList());
    Said firstWords = Said.joined("input.onboarding.list.semicolon", words.stream().limit(50).toList());
    if (said.size() > 50) {
      throw new InvalidInputException("csv", "RowProblems", rows + " rows have problems, nothing was imported: "
          + first + "; and " + (said.size() - 50) + " more")
          .saying("input.onboarding.csv.row-problems.more", rows, firstWords, said.size() - 50);
    }
    throw new InvalidInputException("csv", "RowProblems", rows + " rows have problems, nothing was imported: " + first)
        .saying("input.onboarding.csv.row-problems", rows, firstWords);
  }
}
