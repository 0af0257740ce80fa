package org.setsafe.ledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.ledger.LedgerWords;
import org.setsafe.shared.FormerMember;
import org.setsafe.shared.SubjectNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a ledger entry back as one sentence in the crew's words: "Rosa Delgado issued Colt Single Action Army #B12
 * to Eli Navarro for scene 31". One sentence a kind of fact, written with the fact's own fields; people, weapons,
 * lots and scenes are named now through each module's {@link SubjectNames} (names are not evidence: the signed
 * record under each sentence is). A kind without a sentence of its own reads "Who: what happened".
 *
 * <p>In a sentence, {@code {actor}} is who did it; {@code {user:f}}, {@code {weapon:f}}, {@code {lot:f}},
 * {@code {scene:f}} name the id in field {@code f}; {@code {users:f}} a list of people; {@code {text:f}} quotes a
 * field's text, {@code {n:f}} gives it as it is. A part in square brackets is left out when a field in it is empty.
 *
 * <p>The sentences here are the record's English, which the incident's timeline, its CSV and the signed report print
 * whoever reads them (the report's SHA-256 is signed). The ledger's own pages say the same facts in the reader's words:
 * {@code ledger.sentence.<kind>} in {@code i18n/ledger}, with the same fields, the English there word for word the
 * English here.
 */
@Component
class LedgerSentences implements LedgerWords {

  private static final Map<String, String> SENTENCES = Map.ofEntries(
      // custody: the weapon's day
      Map.entry("custody.weapon-registered", "{actor} entered {weapon:weaponId} in the register"),
      Map.entry("custody.weapon-record-corrected", "{actor} corrected the register entry of {weapon:weaponId}[: {text:reason}]"),
      Map.entry("custody.weapon-photographed", "{actor} photographed {weapon:weaponId} for its record"),
      Map.entry("custody.weapon-received", "{actor} received {weapon:weaponId}[ from {n:receivedFrom}]"),
      Map.entry("custody.weapon-inspected", "{actor} inspected {weapon:weaponId}[: {text:finding}]"),
      Map.entry("custody.weapon-loaded", "{actor} loaded {weapon:weaponId}"),
      Map.entry("custody.weapon-unloaded", "{actor} unloaded {weapon:weaponId}"),
      Map.entry("custody.shown-clear", "{actor} showed {weapon:weaponId} clear[ to {users:witnesses}]"),
      Map.entry("custody.show-clear-confirmed", "{actor} confirmed seeing {weapon:weaponId} shown clear"),
      Map.entry("custody.show-clear-refused", "{actor} did not confirm the show-clear of {weapon:weaponId}[: {text:reason}]"),
      Map.entry("custody.load-shown", "{actor} showed the load of {weapon:weaponId}[ to {users:witnesses}]"),
      Map.entry("custody.load-show-confirmed", "{actor} confirmed seeing the load of {weapon:weaponId}"),
      Map.entry("custody.load-show-refused", "{actor} did not confirm the load of {weapon:weaponId}[: {text:reason}]"),
      Map.entry("custody.weapon-issued", "{actor} issued {weapon:weaponId} to {user:performerId}[ for {scene:sceneId}]"),
      Map.entry("custody.weapon-returned", "{actor} collected {weapon:weaponId}[ from {user:returnedBy}]"),
      Map.entry("custody.weapon-transferred", "{actor} handed {weapon:weaponId} to {user:toArmorerId}"),
      Map.entry("custody.weapon-locked-up", "{actor} locked up {weapon:weaponId}[ in {n:location}]"),
      Map.entry("custody.weapon-unlocked", "{actor} took {weapon:weaponId} out of lock-up"),
      Map.entry("custody.rounds-discharged", "{actor} recorded {n:count} rounds fired from {weapon:weaponId}"),
      Map.entry("custody.misfire", "{actor} recorded a misfire of {weapon:weaponId}[: {text:description}]"),
      Map.entry("custody.accidental-discharge", "{actor} recorded an accidental discharge of {weapon:weaponId}[: {text:description}]"),
      Map.entry("custody.malfunction", "{actor} recorded a malfunction of {weapon:weaponId}[: {text:description}]"),
      Map.entry("custody.weapon-reviewed", "{actor} reviewed {weapon:weaponId}[: {text:finding}]"),
      Map.entry("custody.weapon-disposed", "{actor} disposed of {weapon:weaponId}[ to {n:recipient}]"),
      Map.entry("custody.weapon-left-unattended", "{weapon:weaponId} was left unattended[ with {user:holderId}]"),
      Map.entry("custody.lock-up-overdue", "{weapon:weaponId} was not locked up in time[ (with {user:holderId})]"),
      // custody: rounds and the day
      Map.entry("custody.lot-registered", "{actor} registered {lot:lotId}"),
      Map.entry("custody.dummies-verified", "{actor} verified {n:roundsVerified} rounds of {lot:lotId} as dummies"),
      Map.entry("custody.lot-reinspected", "{actor} re-inspected {lot:lotId}[: {text:finding}]"),
      Map.entry("custody.rounds-counted", "{actor} counted {n:counted} rounds in {lot:lotId}"),
      Map.entry("custody.rounds-returned-to-supplier", "{actor} returned {n:count} rounds of {lot:lotId} to the supplier"),
      Map.entry("custody.live-round-found", "{actor} found a live round[ in {lot:lotId}][ at {n:where}]"),
      Map.entry("custody.hold-cleared", "{actor} cleared the hold after the live round[: {text:finding}]"),
      Map.entry("custody.day-closed", "{actor} closed the day {n:day}: every round counted"),
      Map.entry("custody.day-settled", "{actor} settled the day {n:day}[: {text:finding}]"),
      Map.entry("custody.day-not-reconciled", "The rounds of {n:day} were not accounted for in time"),
      Map.entry("custody.round-count-mismatch", "The round count of {n:day} did not match[: {text:differences}]"),
      Map.entry("custody.refused", "{actor} was refused[: {text:reason}]"),
      // production
      Map.entry("production.created", "{actor} created the production {text:name}"),
      Map.entry("production.member-added", "{actor} added {user:userId} to the crew"),
      Map.entry("production.member-changed", "{actor} changed the roles of {user:userId}"),
      Map.entry("production.member-removed", "{actor} removed {user:userId} from the crew"),
      Map.entry("production.shooting-day-scheduled", "{actor} scheduled a shooting day on {n:date} at {n:location}"),
      Map.entry("production.shooting-day-planned", "{actor} planned the meal break and wrap of a shooting day"),
      Map.entry("production.scene-added", "{actor} added scene {n:number}[: {text:description}]"),
      Map.entry("production.scene-scheduled", "{actor} moved {scene:sceneId} to another day"),
      Map.entry("production.scene-cast-named", "{actor} named the cast of {scene:sceneId}"),
      Map.entry("production.scene-hazards-marked", "{actor} marked the hazards of {scene:sceneId}"),
      Map.entry("production.meal-break-called", "{actor} called the meal break"),
      Map.entry("production.wrap-called", "{actor} called wrap"),
      // reporting
      Map.entry("reporting.hazard-reported", "{actor} reported a hazard: {text:title}"),
      Map.entry("reporting.report-acknowledged", "{actor} acknowledged a hazard report"),
      Map.entry("reporting.mitigation-started", "{actor} started making a hazard safe[: {text:what}]"),
      Map.entry("reporting.report-resolved", "{actor} resolved a hazard report[: {text:how}]"),
      Map.entry("reporting.report-reopened", "{actor} re-opened a hazard report[: {text:why}]"),
      Map.entry("reporting.report-commented", "{actor} commented on a hazard report[: {text:comment}]"),
      Map.entry("reporting.report-photo-added", "{actor} added a photo to a hazard report"),
      Map.entry("reporting.stop-work-called", "{actor} stopped work[ on {scene:sceneId}][: {text:reason}]"),
      Map.entry("reporting.work-resumed", "{actor} resumed work[: {text:whySafe}]"),
      Map.entry("reporting.management-review-opened", "A management review opened[: {text:why}]"),
      Map.entry("reporting.management-review-answered", "{actor} answered a management review[: {text:answer}]"),
      Map.entry("reporting.refused", "{actor} was refused[: {text:reason}]"),
      Map.entry("custody.held-for-incident", "{actor} held[ {weapon:weaponId}][ {lot:lotId}] for an incident[: {text:why}]"),
      Map.entry("incident.opened", "{actor} opened an incident[ at {n:where}][: {text:whatHappened}]"),
      Map.entry("incident.evidence-preserved", "{actor} pinned the ledger at {n:treeSize} entries for an incident"),
      Map.entry("incident.evidence-logged", "{actor} logged evidence[: {text:what}][ under case {n:caseNumber}]"),
      Map.entry("incident.evidence-handed-over",
          "{actor} handed evidence to {n:toName} ({n:toOrganisation}) under case {n:caseNumber}"),
      Map.entry("incident.evidence-received", "{n:confirmedBy} confirmed receiving evidence under case {n:caseNumber}"),
      Map.entry("incident.refused", "A step on evidence was refused[: {text:reason}]"),
      Map.entry("incident.note-added", "{actor} added an investigator's note to an incident (SHA-256 {n:textSha256})"),
      // incident: what came after the incident opened. Read by the whole crew, so the sentences name steps, never
      // what a witness said, anything about someone's health, or how an investigator is reached; times are the
      // entry's own, shown beside it.
      Map.entry("custody.scene-held-for-incident", "{actor} held {scene:sceneId} for an incident[: {text:why}]"),
      Map.entry("reporting.injury-reported", "{actor} reported that someone was hurt[ on {scene:sceneId}]"),
      Map.entry("reporting.stop-work-cited-injury", "{actor} stopped work because someone was hurt[ on {scene:sceneId}]"),
      Map.entry("incident.statement-given", "{actor} recorded a witness statement, version {n:version}"),
      Map.entry("incident.statement-confirmed", "{actor} confirmed a witness statement as recorded, version {n:version}"),
      Map.entry("incident.root-cause-recorded", "{actor} recorded a root cause of an incident[: {text:summary}]"),
      Map.entry("incident.investigation-closed", "{actor} closed the investigation of an incident[: {text:reason}]"),
      Map.entry("incident.investigation-reopened", "{actor} re-opened the investigation of an incident[: {text:reason}]"),
      Map.entry("incident.corrective-action-agreed",
          "{actor} agreed a corrective action[: {text:what}], for {user:ownerId} to do[ by {n:dueOn}]"),
      Map.entry("incident.corrective-action-overdue", "A corrective action after an incident was not done in time"),
      Map.entry("incident.corrective-action-done", "{actor} did a corrective action[: {text:note}]"),
      Map.entry("incident.corrective-action-verified", "{actor} checked whether a corrective action worked[: {text:note}]"),
      Map.entry("incident.report-signed-off", "{actor} signed off the investigation report of an incident"),
      Map.entry("incident.investigator-access-granted",
          "{actor} let {n:name}[ ({n:organisation})] read an incident's investigation for a time"),
      Map.entry("incident.investigator-access-revoked", "{actor} withdrew an investigator's access to an incident"),
      Map.entry("incident.investigator-read", "{n:name}[ ({n:organisation})] read an incident's investigation"),
      Map.entry("incident.reporting-clock-started", "{actor} started the clock for reporting an incident to the regulator"),
      Map.entry("incident.reporting-clock-escalated",
          "The report of an incident to the regulator was not yet made: SetSafe told the next people"),
      Map.entry("incident.report-made", "{actor} recorded that an incident was reported to the regulator"
          + "[ under reference {n:reference}]"),
      Map.entry("incident.support-offered", "{actor} offered support to {n:people} people after an incident"),
      Map.entry("incident.debrief-scheduled", "{actor} scheduled a debrief after an incident"),
      Map.entry("incident.counselling-contact-named", "{actor} named the crew's support contact after incidents"),
      // OSHA 1904 records: the log's steps, never what the case is about
      Map.entry("osha.establishment-recorded", "{actor} recorded the establishment {text:name} for the OSHA records"),
      Map.entry("osha.recordability-decided", "{actor} decided whether an incident goes on the OSHA log[ (case {n:caseNumber})]"),
      Map.entry("osha.summary-certified", "{actor} certified the OSHA 300A summary for {n:year}"),
      // safety budget
      Map.entry("budget.line-changed", "{actor} changed the safety budget's {text:line} (version {n:version})[: {text:reason}]"),
      Map.entry("budget.cut-flagged", "{actor} cut the safety budget's {text:line}: {text:cut}[. Reason: {text:reason}]"),
      Map.entry("budget.change-refused", "{actor} was refused a change to the safety budget's {text:line}[: {text:reason}]"),
      // onboarding: invitations name the person invited, never their address
      Map.entry("onboarding.invitation-sent", "{actor} invited {text:displayName} to the crew"),
      Map.entry("onboarding.invitation-changed", "{actor} changed the invitation of {text:displayName}"),
      Map.entry("onboarding.invitation-revoked", "{actor} withdrew the invitation of {text:displayName}"),
      Map.entry("onboarding.invitation-accepted", "{user:userId} accepted an invitation and joined the crew"),
      Map.entry("onboarding.crew-list-imported",
          "{actor} imported a crew list of {n:rows} people: {n:invited} invited, {n:changed} changed"),
      // identity: how people sign in (never a code, a secret or a token)
      Map.entry("identity.second-factor-enrolled", "{actor} turned on two-step sign-in"),
      Map.entry("identity.second-factor-removed", "{actor} turned off the two-step sign-in of {user:userId}"),
      Map.entry("identity.recovery-code-used", "{actor} signed in with a recovery code ({n:codesLeft} left)"),
      Map.entry("identity.sso-account-linked", "{actor} signed in through the studio's sign-in for the first time"),
      Map.entry("identity.installation-role-changed", "The studio's groups changed the installation role of {user:userId}"),
      Map.entry("identity.language-chosen", "{actor} chose {text:to} as the language of their pages"),
      // calendar: a person's secret calendar address made or ended (never the secret)
      Map.entry("calendar.feed-issued", "{actor} made a new secret address for their calendar"),
      Map.entry("calendar.feed-revoked", "{actor} revoked the secret address of their calendar"),
      // offline: the phone's time beside the server's (the entry's own time is when the server received it)
      Map.entry("offline.sent-after-no-signal", "{actor}'s phone, without signal, kept this and sent it when signal "
          + "returned: {n:action}[ ({weapon:weaponId})], done on the phone {n:phoneLead}"),
      Map.entry("offline.refused-after-no-signal", "{actor}'s phone, without signal, kept an action and sent it when "
          + "signal returned; it was refused ({n:rule})[ ({weapon:weaponId})], done on the phone {n:phoneLead}"));

  /** Whether the kind has a sentence of its own (the test checks every kind of fact does). */
  static boolean hasSentence(String kind) {
    return SENTENCES.containsKey(kind);
  }

  /** The kinds with a sentence of their own, and each one's English, for the test that holds the bundles to them. */
  static Map<String, String> englishSentences() {
    return SENTENCES;
  }

  /**
   * How a sentence is worded: its pattern for a kind, and the words it fills in that are SetSafe's own rather than
   * the record's: the name of someone no longer on the crew, of an anonymous reporter, of a weapon, lot or scene no
   * longer on record, and the "and" of a list of people.
   */
  private record Wording(Function<String, String> pattern, String former, String someoneNotNamed, String and,
      Function<String, String> gone, Locale reader) {}

  /** The record's English, the same whoever reads. */
  private static final Wording RECORD = new Wording(SENTENCES::get, FormerMember.IN_A_SENTENCE, "Someone not named",
      "and", type -> "a " + type + " no longer on record", null);

  private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern FIELD = Pattern.compile("\\{([a-z]+)(?::([A-Za-z]+))?\\}");

  private final Accounts accounts;
  private final List<SubjectNames> names;
  private final MessageSource messages;
  private final ObjectMapper json = new ObjectMapper();

  LedgerSentences(Accounts accounts, List<SubjectNames> names, MessageSource messages) {
    this.accounts = accounts;
    this.names = names;
    this.messages = messages;
  }

  @Override
  public String sentence(UUID productionId, LedgerEntry entry) {
    return sentence(productionId, EntryView.of(entry, accounts));
  }

  @Override
  public String kind(String kind) {
    String said = what(kind);
    return said.isEmpty() ? said : Character.toUpperCase(said.charAt(0)) + said.substring(1);
  }

  @Override
  public String who(LedgerEntry entry) {
    return who(EntryView.of(entry, accounts), RECORD);
  }

  /** The entry as one sentence, ending in a full stop: as the timeline, its CSV and the report print it. */
  String sentence(UUID productionId, EntryView entry) {
    return sentence(productionId, entry, RECORD);
  }

  /** The entry as the ledger's page says it: in the reader's words, with the record's names and fields. */
  String sentenceOnPage(UUID productionId, EntryView entry) {
    return sentence(productionId, entry, readersWording());
  }

  /** The reader's words, each falling back on the record's English where the bundles have none. */
  private Wording readersWording() {
    Locale reader = LocaleContextHolder.getLocale();
    return new Wording(
        kind -> SENTENCES.containsKey(kind) ? say("ledger.sentence." + kind, SENTENCES.get(kind), reader) : null,
        FormerMember.inASentenceOnPage(),
        say("ledger.sentence.word.someone-not-named", RECORD.someoneNotNamed(), reader),
        say("ledger.sentence.word.and", RECORD.and(), reader),
        type -> say("ledger.sentence.word.gone." + type, RECORD.gone().apply(type), reader), reader);
  }

  private String say(String key, String english, Locale reader) {
    String said = messages.getMessage(key, null, null, reader);
    return said == null || said.isBlank() ? english : said;
  }

  private String sentence(UUID productionId, EntryView entry, Wording wording) {
    JsonNode fact = fact(entry);
    String written = wording.pattern().apply(entry.kind());
    String said = written != null && fact != null ? fill(written, productionId, entry, fact, wording) : null;
    if (said == null) {
      said = who(entry, wording) + ": " + what(entry.kind());
    }
    said = Character.toUpperCase(said.charAt(0)) + said.substring(1);
    return said.endsWith(".") || said.endsWith("?") || said.endsWith("!") ? said : said + ".";
  }

  private String fill(String sentence, UUID productionId, EntryView entry, JsonNode fact, Wording wording) {
    Matcher optional = OPTIONAL.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (optional.find()) {
      String part = fillPart(optional.group(1), productionId, entry, fact, wording);
      optional.appendReplacement(out, Matcher.quoteReplacement(part == null ? "" : part));
    }
    optional.appendTail(out);
    return fillPart(out.toString(), productionId, entry, fact, wording);
  }

  /** The part with every field filled, or null when one of them is empty. */
  private String fillPart(String part, UUID productionId, EntryView entry, JsonNode fact, Wording wording) {
    Matcher field = FIELD.matcher(part);
    StringBuilder out = new StringBuilder();
    while (field.find()) {
      String value = value(field.group(1), field.group(2), productionId, entry, fact, wording);
      if (value == null || value.isBlank()) {
        return null;
      }
      field.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    field.appendTail(out);
    return out.toString();
  }

  private String value(String how, String name, UUID productionId, EntryView entry, JsonNode fact,
      Wording wording) {
    if (how.equals("actor")) {
      return who(entry, wording);
    }
    JsonNode node = fact.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    return switch (how) {
      case "user" -> person(uuid(node.asText()), wording.former());
      case "users" -> people(node, wording);
      case "text" -> "“" + stripEnd(node.asText()) + "”";
      case "n" -> node.asText();
      default -> subject(productionId, how, uuid(node.asText()), wording);
    };
  }

  private String people(JsonNode list, Wording wording) {
    List<String> said = new ArrayList<>();
    list.forEach(id -> said.add(person(uuid(id.asText()), wording.former())));
    if (said.isEmpty()) {
      return null;
    }
    return said.size() == 1 ? said.get(0)
        : String.join(", ", said.subList(0, said.size() - 1)) + " " + wording.and() + " " + said.get(said.size() - 1);
  }

  private String subject(UUID productionId, String type, UUID id, Wording wording) {
    if (id == null) {
      return null;
    }
    if (wording.reader() != null) {
      // A page names the subject in its reader's words where the module has them ("la escena 12A").
      Optional<String> said = names.stream().map(n -> n.nameSaid(productionId, type, id)).flatMap(Optional::stream)
          .findFirst().map(words -> words.in(messages, wording.reader()));
      if (said.isPresent()) {
        return said.get();
      }
    }
    return names.stream().map(n -> n.name(productionId, type, id)).flatMap(Optional::stream).findFirst()
        .orElseGet(() -> wording.gone().apply(type));
  }

  private String who(EntryView entry, Wording wording) {
    if (entry.actorId() == null) {
      return entry.kind().startsWith("reporting.") ? wording.someoneNotNamed() : "SetSafe";
    }
    return person(entry.actorId(), wording.former());
  }

  private String person(UUID id, String former) {
    if (id == null) {
      return null;
    }
    if (SystemActor.ID.equals(id)) {
      return "SetSafe";
    }
    return accounts.findById(id).map(a -> a.displayName()).orElse(former);
  }

  /** The kind in words: its page label, or its name spelt out ("weapon photographed"). */
  private String what(String kind) {
    String label = messages.getMessage("ledger.kind." + kind, null, null, LocaleContextHolder.getLocale());
    if (label != null) {
      return label.toLowerCase(Locale.ROOT);
    }
    String name = kind.substring(kind.indexOf('.') + 1);
    return name.replace('-', ' ');
  }

  private JsonNode fact(EntryView entry) {
    if (entry.leaf() == null) {
      return null;
    }
    try {
      return json.readTree(entry.leaf()).get("fact");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String stripEnd(String text) {
    String s = text.strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
