package org.sahelevents.modularconsumer;

import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.RoutePosition;

/**
 * Where a town lies relative to the RN6 out of Bamako: the question a blockade watcher asks, through geo's exported
 * API only, so that compiling this module checks that API resolves on the module path.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Rn6Watch {
  private final Corridor corridor;

  /** A watch on the RN6 within {@code halfWidthMetres} of the road. */
  public Rn6Watch(double halfWidthMetres) {
    this.corridor = Corridor.of(Gazetteer.sahel().road("RN6").orElseThrow(), halfWidthMetres);
  }

  /** Where the gazetteer's town of that name is relative to the RN6. */
  public RoutePosition locateTown(String town) {
    return corridor.locate(point(town));
  }

  /** Whether the gazetteer's town of that name is inside the corridor. */
  public boolean watches(String town) {
    return corridor.contains(point(town));
  }

  private static GeoPoint point(String town) {
    return Gazetteer.sahel().place(town)
        .orElseThrow(() -> new IllegalArgumentException("the gazetteer has no town " + town)).point();
  }

  /** Prints where each town named on the command line lies relative to the RN6 (10 km corridor). */
  public static void main(String[] args) {
    Rn6Watch watch = new Rn6Watch(10_000);
    for (String town : args) {
      RoutePosition at = watch.locateTown(town);
      System.out.printf("%s: %.1f km along the RN6, %.1f km %s of it%n", town, at.chainageMetres() / 1000,
          at.distanceMetres() / 1000, at.side());
    }
  }
}
