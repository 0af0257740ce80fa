import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/**
 * The benchmark's fact: a firearm handed from the armorer to an actor, witnessed, show-clear done.
 * About 400 bytes of JSON once serialised, like the custody events the ledger will mostly hold, and
 * about two subjects (the weapon and the person now holding it), as custody history pages need.
 */
public record HandedOver(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID weaponId,
    String serial, String description, UUID fromHolder, UUID toHolder, UUID witnessId, boolean showClearWitnessed,
    String load, int roundCount, String scene, String location, String note) implements RecordedFact {

  static HandedOver next(UUID productionId, long n) {
    UUID armorer = new UUID(0x5e75afeL, n % 3);
    return new HandedOver(UUID.randomUUID(), productionId, armorer, Instant.now(), new UUID(0xf1eL, n % 40),
        "SN-" + (100_000 + n % 40), "Colt Single Action Army replica, .45 Long Colt, 7.5in barrel", armorer,
        UUID.randomUUID(), new UUID(0xad1L, n % 2), true, "blanks, quarter load", (int) (n % 6),
        "Sc. " + (n % 120) + "A, take " + (n % 9 + 1), "Stage 4, saloon set, hot zone B",
        "Shown clear to actor and 1st AD; cylinder rotated; loaded on the mark for the take.");
  }

  @Override
  public String kind() {
    return "custody.firearm-handed-over";
  }

  @Override
  public List<String> subjects() {
    return List.of("weapon:" + weaponId, "user:" + toHolder);
  }
}
