package org.setsafe.production.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.ConcernsAtAGlance;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.NeedsYou;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.QualificationsAtAGlance;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.WeaponsAtAGlance;
import org.setsafe.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The production picker and each production's dashboard for today. */
@Controller
class ProductionPages {

  private final Productions productions;
  private final Schedule schedule;
  private final ProductionAccess access;
  private final ObjectProvider<WeaponsAtAGlance> weapons;
  private final ObjectProvider<ConcernsAtAGlance> concerns;
  private final ObjectProvider<QualificationsAtAGlance> qualifications;
  private final ObjectProvider<NeedsYou> needsYou;

  ProductionPages(Productions productions, Schedule schedule, ProductionAccess access,
      ObjectProvider<WeaponsAtAGlance> weapons, ObjectProvider<ConcernsAtAGlance> concerns,
      ObjectProvider<QualificationsAtAGlance> qualifications, ObjectProvider<NeedsYou> needsYou) {
    this.productions = productions;
    this.schedule = schedule;
    this.access = access;
    this.weapons = weapons;
    this.concerns = concerns;
    this.qualifications = qualifications;
    this.needsYou = needsYou;
  }

  @GetMapping({"/", "/productions"})
  String picker(Model model) {
    List<Production> mine = productions.visibleToCurrentUser();
    SignedInUser me = SignedInUser.current().orElseThrow();
    if (mine.size() == 1 && !me.isAdministrator()) {
      return "redirect:/productions/" + mine.get(0).id();
    }
    model.addAttribute("productions", mine);
    model.addAttribute("needsYou", needsYouOn(mine));
    model.addAttribute("productionForm", new ProductionForm("", "UTC"));
    return "production/picker";
  }

  @PostMapping("/productions")
  String create(@Valid @ModelAttribute("productionForm") ProductionForm form, BindingResult result, Model model) {
    if (!result.hasErrors()) {
      try {
        Production created = productions.create(form.name(), form.timeZone());
        return "redirect:/productions/" + created.id() + "/crew";
      } catch (InvalidInputException e) {
        result.rejectValue(e.field(), e.rule(), e.forReader());
      }
    }
    List<Production> mine = productions.visibleToCurrentUser();
    model.addAttribute("productions", mine);
    model.addAttribute("needsYou", needsYouOn(mine));
    return "production/picker";
  }

  @GetMapping("/productions/{productionId}")
  String dashboard(@PathVariable UUID productionId, Model model) {
    Production production = productions.get(productionId);
    LocalDate today = schedule.today(production);
    List<ShootingDay> days = schedule.days(productionId);
    Optional<ShootingDay> todays = days.stream().filter(d -> d.date().equals(today)).findFirst();
    Optional<ShootingDay> next = days.stream().filter(d -> d.date().isAfter(today)).findFirst();
    List<Member> crew = productions.members(productionId);
    model.addAttribute("production", production);
    model.addAttribute("today", today);
    model.addAttribute("shootingDay", todays.orElse(null));
    model.addAttribute("scenes", todays.map(d -> schedule.scenesOn(productionId, d.id())).orElse(List.of()));
    model.addAttribute("nextDay", next.orElse(null));
    model.addAttribute("crewByRole", byRole(crew));
    model.addAttribute("crewCount", crew.size());
    model.addAttribute("canManageMembers", access.allows(productionId, Permission.MANAGE_MEMBERS));
    model.addAttribute("canManageSchedule", access.allows(productionId, Permission.MANAGE_SCHEDULE));
    // Only the crew report hazards and call stop-work; studio safety reads the production without being on it.
    model.addAttribute("onTheCrew", !access.rolesHeld(productionId).isEmpty());
    WeaponsAtAGlance glance = weapons.getIfAvailable();
    model.addAttribute("weapons", glance == null ? null : glance.of(productionId));
    ConcernsAtAGlance safety = concerns.getIfAvailable();
    model.addAttribute("concerns", safety == null ? null : safety.of(productionId));
    QualificationsAtAGlance quals = qualifications.getIfAvailable();
    model.addAttribute("qualifications", quals == null ? null : quals.of(productionId));
    model.addAttribute("needsYou", needsYou(productionId));
    return "production/dashboard";
  }

  /** The dashboard's "needs you now" block alone, which the page asks for again every little while. */
  @GetMapping("/productions/{productionId}/needs-you")
  String needsYouNow(@PathVariable UUID productionId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("needsYou", needsYou(productionId));
    return "production/needs-you :: block";
  }

  /** What waits for the signed-in person on this production, from every module that has something, most urgent first. */
  private List<NeedsYou.Item> needsYou(UUID productionId) {
    return needsYou.orderedStream().flatMap(n -> n.of(productionId).stream())
        .sorted(NeedsYou.Item.MOST_URGENT_FIRST).toList();
  }

  /** Per production the person is crew of, what waits for them there; productions where nothing does are left out. */
  private Map<UUID, List<NeedsYou.Item>> needsYouOn(List<Production> mine) {
    Map<UUID, List<NeedsYou.Item>> waiting = new java.util.HashMap<>();
    for (Production p : mine) {
      if (!access.rolesHeld(p.id()).isEmpty()) {
        List<NeedsYou.Item> items = needsYou(p.id());
        if (!items.isEmpty()) {
          waiting.put(p.id(), items);
        }
      }
    }
    return waiting;
  }

  /** Crew grouped under each role, safety-critical roles first (enum order). */
  static Map<CrewRole, List<Member>> byRole(List<Member> crew) {
    Map<CrewRole, List<Member>> grouped = new TreeMap<>();
    for (CrewRole role : CrewRole.values()) {
      List<Member> holders = crew.stream().filter(m -> m.holds(role))
          .sorted(Comparator.comparing(Member::displayName)).toList();
      if (!holders.isEmpty()) {
        grouped.put(role, holders);
      }
    }
    return grouped;
  }

  record ProductionForm(@NotBlank @Size(max = Productions.MAX_NAME) String name, @NotBlank @Size(max = 64) String timeZone) {}
}
