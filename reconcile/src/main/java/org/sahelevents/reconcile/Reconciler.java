package org.sahelevents.reconcile;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Incident;

/**
 * Matches the events of two data sets that describe the same incident, such as ACLED (left) and UCDP GED (right), and
 * merges them into one catalog (see {@link Reconciliation}). Two events match when all four rules pass:
 *
 * <ul>
 *   <li><b>dates</b>: their intervals overlap, or lie at most {@link Builder#dateToleranceDays(int) a tolerance}
 *       apart (a day by default), whatever their precisions (a month's interval covers the whole month);</li>
 *   <li><b>places</b>: their points lie within a geodesic distance that grows with both spatial precisions, the sum
 *       of the two radii below (times {@link Builder#distanceScale(double) a scale}, 1 by default), and in the same
 *       country when they are more than 25 km apart (by ISO code when both have one, else by name); without a point
 *       on one side, the same country and region suffice;</li>
 *   <li><b>actors</b>: they share an armed actor, by name or through the {@link ActorAliases alias table} ("JNIM" =
 *       "JNIM: Group for Support of Islam and Muslims"; "X and/or Y" gives two alternatives, either of which may
 *       match), or one side names no identified armed actor; civilians alone never make a match;</li>
 *   <li><b>type of violence</b>: they can be the same {@link ViolenceType} (Battles ~ state-based or non-state;
 *       Violence against civilians ~ one-sided; Explosions/Remote violence ~ state-based or one-sided).</li>
 * </ul>
 *
 * <table>
 * <caption>Radius per spatial precision (two exact points may be 6 km apart; an exact point and a province 43 km)
 * </caption>
 * <tr><th>precision</th><th>radius</th><th>UCDP where_prec</th><th>ACLED geo_precision</th></tr>
 * <tr><td>EXACT</td><td>3 km</td><td>1</td><td>1</td></tr>
 * <tr><td>NEAR</td><td>15 km</td><td>2 (about 25 km around a place)</td><td>2</td></tr>
 * <tr><td>ADMIN3</td><td>20 km</td><td></td><td>2</td></tr>
 * <tr><td>ADMIN2</td><td>40 km</td><td>3</td><td>3</td></tr>
 * <tr><td>ADMIN1</td><td>120 km</td><td>4</td><td>3</td></tr>
 * <tr><td>REGION</td><td>200 km</td><td>5</td><td>3</td></tr>
 * <tr><td>COUNTRY, WATER_OR_AIRSPACE</td><td>800 km</td><td>6, 7</td><td></td></tr>
 * </table>
 *
 * <p>The score of a match is a weighted mean of the rules' scores: dates 0.3 (1 for the same day, less for a gap
 * or for imprecise dates), places 0.3 (1 for the same exact point, less with distance and imprecision), actors 0.25
 * (1 for a named actor in common, 0.8 when it is one of alternatives, 0.4 when one side is unknown), type 0.15.
 * Pairs are taken greedily, best score first (ties by left id, then right id, so the result never depends on input
 * order), each event at most once ({@link Cardinality#ONE_TO_ONE}, the default), or each right event for several
 * left ones ({@link Cardinality#ONE_TO_MANY}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Reconciler {
  private final int toleranceDays;
  private final double distanceScale;
  private final double minScore;
  private final Cardinality cardinality;
  private final ActorAliases aliases;
  private final Rules rules;

  private Reconciler(Builder b) {
    this.toleranceDays = b.toleranceDays;
    this.distanceScale = b.distanceScale;
    this.minScore = b.minScore;
    this.cardinality = b.cardinality;
    this.aliases = b.aliases;
    this.rules = new Rules(toleranceDays, distanceScale, aliases);
  }

  /** A reconciler with the defaults: a day's tolerance, scale 1, no minimum score, one-to-one, the Sahel's aliases. */
  public static Reconciler standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * What happens to each event, as the streaming {@link #reconcileSorted} decides it; every method does nothing
   * unless overridden, so a listener overrides only what it needs.
   */
  public interface Listener {
    /** Two events describe the same incident. */
    default void matched(Match match) {}

    /** An event of the left data set has no counterpart. */
    default void unmatchedLeft(Incident incident) {}

    /** An event of the right data set has no counterpart. */
    default void unmatchedRight(Incident incident) {}
  }

  /**
   * Reconciles two catalogs in memory: sorts their incidents by earliest date, matches them as
   * {@link #reconcileSorted} does, and merges the result into one catalog.
   *
   * @throws IllegalArgumentException if an incident id appears in both catalogs (the merged catalog could not tell
   *     them apart)
   */
  public Reconciliation reconcile(Catalog left, Catalog right) {
    Set<Object> leftIds = new HashSet<>();
    left.getIncidents().forEach(i -> leftIds.add(i.getId()));
    for (Incident i : right.getIncidents()) {
      if (leftIds.contains(i.getId())) {
        throw new IllegalArgumentException("incident id \"" + i.getId().getValue()
            + "\" is in both catalogs: give the data sets' incidents distinct ids");
      }
    }
    Comparator<Incident> byDate = Comparator.comparing((Incident i) -> i.getTime().getEarliest())
        .thenComparing(i -> i.getId().getValue());
    List<Match> matches = new ArrayList<>();
    List<Incident> unmatchedLeft = new ArrayList<>();
    List<Incident> unmatchedRight = new ArrayList<>();
    reconcileSorted(left.getIncidents().stream().sorted(byDate).iterator(), left::actor,
        right.getIncidents().stream().sorted(byDate).iterator(), right::actor, new Listener() {
          @Override
          public void matched(Match match) {
            matches.add(match);
          }

          @Override
          public void unmatchedLeft(Incident incident) {
            unmatchedLeft.add(incident);
          }

          @Override
          public void unmatchedRight(Incident incident) {
            unmatchedRight.add(incident);
          }
        });
    return Reconciliation.of(left, right, matches, unmatchedLeft, unmatchedRight);
  }

  /**
   * Explains, rule by rule, how two events compare, whether they match or not: "3 days apart (2026-04-25 and
   * 2026-04-28), more than the tolerance of 1 day; 4.2 km apart, both exact; JNIM = JNIM; Battles ~ state-based".
   */
  public String explain(Incident left, Function<ActorId, Optional<Actor>> leftActors, Incident right,
      Function<ActorId, Optional<Actor>> rightActors) {
    return String.join("; ", rules.verdicts(left, leftActors, right, rightActors).stream()
        .map(Rules.Verdict::reason).toList());
  }

  /** The match of two events if every rule passes and the score reaches the minimum. */
  public Optional<Match> compare(Incident left, Function<ActorId, Optional<Actor>> leftActors, Incident right,
      Function<ActorId, Optional<Actor>> rightActors) {
    return rules.compare(left, leftActors, right, rightActors).filter(m -> m.score() >= minScore);
  }

  /**
   * Reconciles two streams of incidents, <b>each sorted by earliest date</b> (sorting is the caller's job: a
   * database's {@code ORDER BY} or a sorted export), reporting every match and every unmatched event to the
   * listener as soon as it is decided.
   *
   * <p>A sliding window by date holds the events whose interval, widened by the tolerance, still reaches the
   * earliest date being read. An event that leaves the window can gain no new candidate; a candidate pair whose two
   * events have left it is taken as soon as no better pair competes for one of its events, and dropped as soon as
   * one of its events is taken, which gives the same pairs as sorting every pair at once. Memory is therefore bounded
   * by the events of both inputs within the longest event's span plus the tolerance of the date being read (a few
   * days of data for day-precise events; a month of data while a month-precise event is open), plus the events that
   * left the window but wait for a better competing pair still in it (at most one such chain per open event).
   *
   * @param leftActors looks up the left data set's actors by id, for their names ({@code catalog::actor})
   * @param rightActors the same for the right data set
   * @throws IllegalArgumentException if either input is not sorted by earliest date
   */
  public void reconcileSorted(Iterator<Incident> left, Function<ActorId, Optional<Actor>> leftActors,
      Iterator<Incident> right, Function<ActorId, Optional<Actor>> rightActors, Listener listener) {
    new Window(leftActors, rightActors, listener).run(left, right);
  }

  /** The state of one streaming run; not thread-safe, used by one call only. */
  private final class Window {
    private final Function<ActorId, Optional<Actor>> leftActors;
    private final Function<ActorId, Optional<Actor>> rightActors;
    private final Listener listener;
    private final Deque<Node> openLeft = new ArrayDeque<>();
    private final Deque<Node> openRight = new ArrayDeque<>();
    private final Set<Node> pending = new LinkedHashSet<>();

    Window(Function<ActorId, Optional<Actor>> leftActors, Function<ActorId, Optional<Actor>> rightActors,
        Listener listener) {
      this.leftActors = leftActors;
      this.rightActors = rightActors;
      this.listener = Objects.requireNonNull(listener);
    }

    void run(Iterator<Incident> left, Iterator<Incident> right) {
      Incident nextLeft = left.hasNext() ? left.next() : null;
      Incident nextRight = right.hasNext() ? right.next() : null;
      LocalDate lastLeft = null;
      LocalDate lastRight = null;
      while (nextLeft != null || nextRight != null) {
        boolean takeLeft = nextRight == null
            || nextLeft != null && !nextLeft.getTime().getEarliest().isAfter(nextRight.getTime().getEarliest());
        Incident incident = takeLeft ? nextLeft : nextRight;
        LocalDate date = incident.getTime().getEarliest();
        LocalDate last = takeLeft ? lastLeft : lastRight;
        if (last != null && date.isBefore(last)) {
          throw new IllegalArgumentException("the " + (takeLeft ? "left" : "right") + " input is not sorted by"
              + " earliest date: " + incident.getId().getValue() + " (" + date + ") comes after an event of " + last);
        }
        if (takeLeft) {
          lastLeft = date;
          nextLeft = left.hasNext() ? left.next() : null;
        } else {
          lastRight = date;
          nextRight = right.hasNext() ? right.next() : null;
        }
        closeBefore(date);
        add(new Node(incident, takeLeft));
      }
      closeBefore(LocalDate.MAX);
    }

    private void add(Node node) {
      for (Node other : node.left ? openRight : openLeft) {
        Node l = node.left ? node : other;
        Node r = node.left ? other : node;
        compare(l.incident, leftActors, r.incident, rightActors).ifPresent(m -> {
          Edge e = new Edge(l, r, m);
          l.edges.add(e);
          r.edges.add(e);
        });
      }
      (node.left ? openLeft : openRight).add(node);
    }

    // No event read from now on starts before the date, so an event ending more than the tolerance before it can
    // gain no candidate: it closes, and waits in the pending set until every candidate pair of it is decided.
    private void closeBefore(LocalDate date) {
      boolean any = false;
      for (Deque<Node> open : List.of(openLeft, openRight)) {
        // Events of the window are in order of earliest, not latest, date, so any of them may close.
        for (Iterator<Node> it = open.iterator(); it.hasNext(); ) {
          Node n = it.next();
          if (closes(n, date)) {
            it.remove();
            any |= close(n);
          }
        }
      }
      if (any) {
        decide();
      }
    }

    private boolean closes(Node n, LocalDate date) {
      return date.equals(LocalDate.MAX) || n.incident.getTime().getLatest().plusDays(toleranceDays).isBefore(date);
    }

    private boolean close(Node n) {
      n.closed = true;
      pending.add(n);
      return true;
    }

    // The greedy choice, made locally: a pair whose events have both closed is taken when no competing pair (one
    // sharing its left event, or in one-to-one its right event) is better, and dropped when an event it needs is
    // taken. This gives the same pairs as sorting all pairs at once, since a pair's fate depends only on better
    // pairs that share an event with it.
    private void decide() {
      boolean progress = true;
      while (progress) {
        progress = false;
        for (Node n : new ArrayList<>(pending)) {
          for (Edge e : new ArrayList<>(n.edges)) {
            if (!n.edges.contains(e) || !e.left.closed || !e.right.closed) {
              continue;
            }
            boolean rightTaken = e.right.matched && cardinality == Cardinality.ONE_TO_ONE;
            if (e.left.matched || rightTaken) {
              drop(e);
              progress = true;
            } else if (isBest(e)) {
              e.left.matched = true;
              e.right.matched = true;
              drop(e);
              listener.matched(e.match);
              progress = true;
            }
          }
        }
        for (Iterator<Node> it = pending.iterator(); it.hasNext(); ) {
          Node n = it.next();
          if (n.edges.isEmpty()) {
            it.remove();
            if (!n.matched) {
              if (n.left) {
                listener.unmatchedLeft(n.incident);
              } else {
                listener.unmatchedRight(n.incident);
              }
            }
          }
        }
      }
    }

    private boolean isBest(Edge e) {
      for (Edge c : e.left.edges) {
        if (c != e && BETTER_FIRST.compare(c, e) < 0) {
          return false;
        }
      }
      if (cardinality == Cardinality.ONE_TO_ONE) {
        for (Edge c : e.right.edges) {
          if (c != e && BETTER_FIRST.compare(c, e) < 0) {
            return false;
          }
        }
      }
      return true;
    }

    private void drop(Edge e) {
      e.left.edges.remove(e);
      e.right.edges.remove(e);
    }
  }

  // Best score first; ties by left id, then right id, so the result never depends on input order.
  private static final Comparator<Edge> BETTER_FIRST = Comparator.comparingDouble((Edge e) -> -e.match.score())
      .thenComparing(e -> e.left.incident.getId().getValue())
      .thenComparing(e -> e.right.incident.getId().getValue());

  /** An event in the window, with its candidate pairs. */
  private static final class Node {
    final Incident incident;
    final boolean left;
    final List<Edge> edges = new ArrayList<>();
    boolean closed;
    boolean matched;

    Node(Incident incident, boolean left) {
      this.incident = incident;
      this.left = left;
    }
  }

  /** A candidate pair; identity matters, so it is a class with reference equality. */
  private static final class Edge {
    final Node left;
    final Node right;
    final Match match;

    Edge(Node left, Node right, Match match) {
      this.left = left;
      this.right = right;
      this.match = match;
    }
  }

  /** Builds a {@link Reconciler}. Not thread-safe. */
  public static final class Builder {
    private int toleranceDays = 1;
    private double distanceScale = 1;
    private double minScore = 0;
    private Cardinality cardinality = Cardinality.ONE_TO_ONE;
    private ActorAliases aliases = ActorAliases.sahel();

    private Builder() {}

    /**
     * How many days may separate two events' intervals: default 1, since data sets date a night attack or a late
     * report to adjacent days.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder dateToleranceDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("the date tolerance must not be negative, but is " + days);
      }
      this.toleranceDays = days;
      return this;
    }

    /**
     * A factor on the distance table (see {@link Reconciler}): default 1; 2 doubles every allowed distance.
     *
     * @throws IllegalArgumentException if not a positive number
     */
    public Builder distanceScale(double scale) {
      if (!(scale > 0) || Double.isInfinite(scale)) {
        throw new IllegalArgumentException("the distance scale must be a positive number, but is " + scale);
      }
      this.distanceScale = scale;
      return this;
    }

    /**
     * The lowest score a pair needs to match, in [0, 1]: default 0, so that any pair passing all four rules matches.
     *
     * @throws IllegalArgumentException if outside [0, 1]
     */
    public Builder minScore(double score) {
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("the minimum score must be in [0, 1], but is " + score);
      }
      this.minScore = score;
      return this;
    }

    /** One-to-one (the default) or one right event to many left ones. */
    public Builder cardinality(Cardinality cardinality) {
      this.cardinality = Objects.requireNonNull(cardinality);
      return this;
    }

    /** The alias table: default {@link ActorAliases#sahel()}. */
    public Builder aliases(ActorAliases aliases) {
      this.aliases = Objects.requireNonNull(aliases);
      return this;
    }

    public Reconciler build() {
      return new Reconciler(this);
    }
  }
}
