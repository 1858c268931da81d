package org.sahelevents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.Route;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The road a {@code --route} option names: a gazetteer road such as {@code RN6}, or a GeoJSON file holding one
 * LineString or MultiLineString (a surveyed road), whose id is the feature's id (else the file's name) and whose name
 * is its {@code route_name} or {@code name} property. Stateless and thread-safe.
 */
final class Roads {
  private Roads() {}

  /**
   * The road {@code value} names.
   *
   * @param err where the GeoJSON reader's problems with the file go
   * @throws ParameterException for an unknown road, or a file without exactly one line
   * @throws CommandFailure for a file whose line is not a road
   */
  static Route of(String value, CommandLine commandLine, PrintWriter err) throws IOException {
    Path file = Path.of(value);
    if (!Files.isRegularFile(file)) {
      return Gazetteer.sahel().road(value).orElseThrow(() -> new ParameterException(commandLine,
          "unknown road " + value + ": use a GeoJSON file or one of " + Gazetteer.sahel().roads().stream()
              .map(Route::id).collect(Collectors.joining(", "))));
    }
    List<GeoJsonFeature> lines = new ArrayList<>();
    try (GeoJsonFeatures features = GeoJson.reader().build().open(file, err::println)) {
      features.forEachRemaining(f -> {
        String type = f.geometry().map(g -> g.getGeometryType()).orElse("");
        if (type.equals("LineString") || type.equals("MultiLineString")) {
          lines.add(f);
        }
      });
    }
    if (lines.size() != 1) {
      throw new ParameterException(commandLine, value + " must hold exactly one LineString or MultiLineString, "
          + "found " + lines.size());
    }
    GeoJsonFeature line = lines.get(0);
    String id = line.id().map(Object::toString).orElse(file.getFileName().toString());
    String name = line.property("route_name").asText(line.property("name").asText(id));
    try {
      return Route.fromGeometry(id, name, line.geometry().orElseThrow());
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.BAD_DATA, value + ": not a road: " + e.getMessage());
    }
  }
}
