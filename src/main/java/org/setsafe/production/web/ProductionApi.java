package org.setsafe.production.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Productions")
class ProductionApi {

  private final Productions productions;
  private final Schedule schedule;

  ProductionApi(Productions productions, Schedule schedule) {
    this.productions = productions;
    this.schedule = schedule;
  }

  @GetMapping("/api/productions")
  @Operation(summary = "Productions you are on (all of them for studio safety and administrators)")
  List<ProductionView> list() {
    return productions.visibleToCurrentUser().stream().map(ProductionView::of).toList();
  }

  @PostMapping("/api/productions")
  @Operation(summary = "Create a production (administrators only)")
  ResponseEntity<ProductionView> create(@Valid @RequestBody NewProduction body) {
    Production created = productions.create(body.name(), body.timeZone());
    return ResponseEntity.created(URI.create("/api/productions/" + created.id())).body(ProductionView.of(created));
  }

  @GetMapping("/api/productions/{productionId}")
  ProductionView get(@PathVariable UUID productionId) {
    return ProductionView.of(productions.get(productionId));
  }

  @GetMapping("/api/productions/{productionId}/today")
  @Operation(summary = "Today on set, in the production's time zone: the shooting day and its scenes")
  Today today(@PathVariable UUID productionId) {
    Production production = productions.get(productionId);
    LocalDate today = schedule.today(production);
    Optional<ShootingDay> day = schedule.dayOn(productionId, today);
    return new Today(today, day.orElse(null),
        day.map(d -> schedule.scenesOn(productionId, d.id())).orElse(List.of()));
  }

  @GetMapping("/api/productions/{productionId}/members")
  List<Member> members(@PathVariable UUID productionId) {
    return productions.members(productionId);
  }

  @PostMapping("/api/productions/{productionId}/members")
  @Operation(summary = "Add a person to the crew (producers and UPMs)")
  ResponseEntity<Member> addMember(@PathVariable UUID productionId, @Valid @RequestBody NewMember body) {
    Member member = productions.addMember(productionId, body.username(), EnumSet.copyOf(body.roles()), body.department());
    return ResponseEntity.created(URI.create("/api/productions/" + productionId + "/members/" + member.userId()))
        .body(member);
  }

  @PutMapping("/api/productions/{productionId}/members/{userId}")
  @Operation(summary = "Change a crew member's roles and department (producers and UPMs)")
  Member changeMember(@PathVariable UUID productionId, @PathVariable UUID userId, @Valid @RequestBody MemberChange body) {
    return productions.changeMember(productionId, userId, EnumSet.copyOf(body.roles()), body.department());
  }

  @DeleteMapping("/api/productions/{productionId}/members/{userId}")
  @Operation(summary = "Remove a person from the crew (producers and UPMs)")
  ResponseEntity<Void> removeMember(@PathVariable UUID productionId, @PathVariable UUID userId) {
    productions.removeMember(productionId, userId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/productions/{productionId}/shooting-days")
  List<ShootingDay> days(@PathVariable UUID productionId) {
    return schedule.days(productionId);
  }

  @PostMapping("/api/productions/{productionId}/shooting-days")
  @Operation(summary = "Schedule a shooting day (producers, UPMs, 1st ADs)")
  ResponseEntity<ShootingDay> scheduleDay(@PathVariable UUID productionId, @Valid @RequestBody NewShootingDay body) {
    ShootingDay day = schedule.scheduleDay(productionId, body.date(), body.callTime(), body.location(),
        body.mealBreak(), body.wrap());
    return ResponseEntity.created(URI.create("/api/productions/" + productionId + "/shooting-days/" + day.id())).body(day);
  }

  @PutMapping("/api/productions/{productionId}/shooting-days/{dayId}/plan")
  @Operation(summary = "Plan a day's meal break and wrap (HH:MM; null leaves it unplanned; producers, UPMs, 1st ADs)")
  ShootingDay planDay(@PathVariable UUID productionId, @PathVariable UUID dayId, @RequestBody DayPlan body) {
    return schedule.planDay(productionId, dayId, body.mealBreak(), body.wrap());
  }

  @PostMapping("/api/productions/{productionId}/meal-break")
  @Operation(summary = "Call the meal break now, on today's shooting day: every weapon must be locked up or with "
      + "the armorer, and custody checks at once (producers, UPMs, 1st ADs)")
  ShootingDay callMealBreak(@PathVariable UUID productionId) {
    return schedule.callMealBreak(productionId);
  }

  @PostMapping("/api/productions/{productionId}/wrap")
  @Operation(summary = "Call wrap now, on today's shooting day: every weapon must be locked up or with the armorer, "
      + "and custody checks at once (producers, UPMs, 1st ADs)")
  ShootingDay callWrap(@PathVariable UUID productionId) {
    return schedule.callWrap(productionId);
  }

  @GetMapping("/api/productions/{productionId}/shooting-days/{dayId}")
  ShootingDay day(@PathVariable UUID productionId, @PathVariable UUID dayId) {
    return schedule.day(productionId, dayId);
  }

  @GetMapping("/api/productions/{productionId}/scenes")
  List<Scene> scenes(@PathVariable UUID productionId) {
    return schedule.scenes(productionId);
  }

  @PostMapping("/api/productions/{productionId}/scenes")
  @Operation(summary = "Add a scene from the breakdown, optionally on a shooting day (producers, UPMs, 1st ADs)")
  ResponseEntity<Scene> addScene(@PathVariable UUID productionId, @Valid @RequestBody NewScene body) {
    Scene scene = schedule.addScene(productionId, body.number(), body.description(), body.shootingDayId());
    return ResponseEntity.created(URI.create("/api/productions/" + productionId + "/scenes/" + scene.id())).body(scene);
  }

  @GetMapping("/api/productions/{productionId}/scenes/{sceneId}")
  Scene scene(@PathVariable UUID productionId, @PathVariable UUID sceneId) {
    return schedule.scene(productionId, sceneId);
  }

  @PutMapping("/api/productions/{productionId}/scenes/{sceneId}/shooting-day")
  @Operation(summary = "Move a scene to a shooting day, or unschedule it with a null shootingDayId")
  Scene scheduleScene(@PathVariable UUID productionId, @PathVariable UUID sceneId, @RequestBody SceneDay body) {
    return schedule.scheduleScene(productionId, sceneId, body.shootingDayId());
  }

  @PutMapping("/api/productions/{productionId}/scenes/{sceneId}/hazards")
  @Operation(summary = "Mark the scene's hazards from the script breakdown, replacing those marked before: FIREARMS, "
      + "STUNTS, PYROTECHNICS, VEHICLES, HEIGHTS, WATER, ANIMALS (producers, UPMs, 1st ADs)")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
      schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = SceneHazards.class)))
  Scene markHazards(@PathVariable UUID productionId, @PathVariable UUID sceneId,
      @RequestBody(required = false) JsonNode body) {
    // Read after the access check, so someone not on the production learns nothing from a 400.
    schedule.scene(productionId, sceneId);
    return schedule.markHazards(productionId, sceneId, hazards(body));
  }

  /** {@code {"hazards": ["FIREARMS", ...]}}; a missing or empty list marks none. */
  private static Set<Hazard> hazards(JsonNode body) {
    JsonNode list = body == null ? null : body.get("hazards");
    if (list == null || list.isNull()) {
      return Set.of();
    }
    if (!list.isArray()) {
      throw new InvalidInputException("hazards", "Type", "hazards is a list of hazard names, e.g. [\"FIREARMS\"]")
          .saying("input.production.hazards.type");
    }
    Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
    for (JsonNode name : list) {
      if (!name.isString()) {
        String type = name.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        throw new InvalidInputException("hazards", "Type", "hazards is a list of hazard names, e.g. [\"FIREARMS\"], not "
            + type + " values").saying("input.production.hazards.type-of", type);
      }
      Hazard hazard = Hazard.fromCode(name.asString());
      if (hazard == null || !hazard.markableOnScene()) {
        throw new InvalidInputException("hazards", "KnownHazard", "a scene's hazards are named from "
            + Hazard.onScenes() + ", not " + name).saying("input.production.hazards.known",
            String.valueOf(Hazard.onScenes()), String.valueOf(name));
      }
      hazards.add(hazard);
    }
    return hazards;
  }

  @PutMapping("/api/productions/{productionId}/scenes/{sceneId}/cast")
  @Operation(summary = "Name the scene's cast (performers on the production) and camera head (null for none); "
      + "a weapon is issued only to a performer in the cast (producers, UPMs, 1st ADs)")
  Scene nameCast(@PathVariable UUID productionId, @PathVariable UUID sceneId, @RequestBody SceneCast body) {
    return schedule.nameCast(productionId, sceneId, body.cast(), body.cameraHeadId());
  }

  record ProductionView(UUID id, String name, String timeZone) {
    static ProductionView of(Production p) {
      return new ProductionView(p.id(), p.name(), p.timeZone().getId());
    }
  }

  record Today(LocalDate date, ShootingDay shootingDay, List<Scene> scenes) {}

  record NewProduction(@NotBlank @Size(max = Productions.MAX_NAME) String name,
      @NotBlank @Size(max = 64) String timeZone) {}

  record NewMember(@NotBlank @Size(max = 64) String username, @NotEmpty Set<CrewRole> roles,
      @Size(max = Productions.MAX_DEPARTMENT) String department) {}

  record MemberChange(@NotEmpty Set<CrewRole> roles, @Size(max = Productions.MAX_DEPARTMENT) String department) {}

  record NewShootingDay(@NotNull LocalDate date, @NotNull LocalTime callTime,
      @NotBlank @Size(max = Schedule.MAX_LOCATION) String location, LocalTime mealBreak, LocalTime wrap) {}

  record DayPlan(LocalTime mealBreak, LocalTime wrap) {}

  record SceneCast(Set<UUID> cast, UUID cameraHeadId) {}

  /** The body of {@code PUT …/hazards}, for the API description; read by hand after the access check. */
  record SceneHazards(Set<Hazard> hazards) {}

  record NewScene(@NotBlank @Size(max = Schedule.MAX_SCENE_NUMBER) String number,
      @NotBlank @Size(max = Schedule.MAX_DESCRIPTION) String description, UUID shootingDayId) {}

  record SceneDay(UUID shootingDayId) {}
}
