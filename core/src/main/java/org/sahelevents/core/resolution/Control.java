package org.sahelevents.core.resolution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.Claim;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.DateInterval;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.SourcedAssertion;

/**
 * Who controlled a place during a period, according to a catalog's territorial-control conditions and territorial
 * claims, with the conditions, claims and assertions the answer rests on and a reason in words. See
 * {@link org.sahelevents.core.model.Catalog#controllerOf(Location, java.time.LocalDate)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param place the place asked about
 * @param period the days for which this answer holds
 * @param status how well the evidence answers
 * @param controllers the actors said to control the place: one, several when contested, none when unknown
 * @param conditions the territorial-control conditions the answer rests on
 * @param claims the territorial claims and denials the answer rests on
 * @param assertions the assertions about those conditions and claims
 * @param reason why, in words: "territorial control condition \"kidal-fla\" (from 2026-04-26) names \"fla\""
 */
public record Control(Location place, DateInterval period, ControlStatus status, List<ActorId> controllers,
    List<Condition> conditions, List<Claim> claims, List<SourcedAssertion> assertions, String reason) {
  /** Checks that every part is present and copies the lists. */
  public Control {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(status, "status");
    controllers = List.copyOf(controllers);
    conditions = List.copyOf(conditions);
    claims = List.copyOf(claims);
    assertions = List.copyOf(assertions);
    Objects.requireNonNull(reason, "reason");
  }

  /** The controller, when exactly one is named. */
  public Optional<ActorId> controller() {
    return controllers.size() == 1 ? Optional.of(controllers.get(0)) : Optional.empty();
  }

  /** The answer in words: "Kidal on 2026-04-28: claimed by fla, because ...". */
  public String explanation() {
    String when = period.getStart().equals(period.getEnd()) ? "on " + period.getStart().orElseThrow()
        : period.describe();
    String who = switch (status) {
      case CONTROLLED -> "controlled by " + controllers.get(0);
      case CLAIMED -> "claimed by " + controllers.get(0);
      case CONTESTED -> "contested (" + String.join(", ", controllers.stream().map(ActorId::getValue).toList()) + ")";
      case UNKNOWN -> "unknown";
    };
    return place.getName() + " " + when + ": " + who + ", because " + reason;
  }
}
