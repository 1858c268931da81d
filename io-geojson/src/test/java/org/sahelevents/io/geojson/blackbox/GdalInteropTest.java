package org.sahelevents.io.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonWriter;

/**
 * A real client reads what we write: GDAL's {@code ogrinfo} opens our GeoJSON and GeoJSON sequences and finds the
 * features, fields and coordinates we wrote. Skipped when {@code ogrinfo} is not on the PATH ({@code .ci/run}
 * installs Debian's {@code gdal-bin} so that CI runs it).
 */
class GdalInteropTest {
  @TempDir
  Path dir;

  @BeforeAll
  static void needsOgrinfo() {
    boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .anyMatch(p -> Files.isExecutable(Path.of(p, "ogrinfo")));
    assumeTrue(found, "skipped: GDAL's ogrinfo is not on the PATH (install gdal-bin)");
  }

  private Path write(String name, GeoJsonWriter writer) throws IOException {
    GeometryFactory f = new GeometryFactory();
    ObjectMapper json = new ObjectMapper();
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file); GeoJsonWriter.Output o = writer.open(out)) {
      String[][] towns = {{"Bamako", "-7.97522", "12.60915", "3"}, {"Kati", "-8.07257", "12.74409", "0"},
          {"Ségou", "-6.25947", "13.44032", "12"}};
      for (String[] t : towns) {
        ObjectNode props = json.createObjectNode().put("location", t[0]).put("fatalities", Integer.parseInt(t[3]));
        o.write(GeoJsonFeature.of(f.createPoint(new Coordinate(Double.parseDouble(t[1]), Double.parseDouble(t[2]))),
            props).withId("MLI" + t[3]));
      }
    }
    return file;
  }

  private static String ogrinfo(Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private static void assertReadsOurFeatures(String info) {
    assertThat(info).contains("Feature Count: 3").contains("location: String").contains("fatalities: Integer")
        .contains("POINT (-7.97522 12.60915)").contains("POINT (-8.07257 12.74409)").contains("Ségou");
    List<String> errors = new ArrayList<>(info.lines().filter(l -> l.startsWith("ERROR")).toList());
    assertThat(errors).isEmpty();
  }

  @Test
  void ogrinfoReadsOurFeatureCollection() throws Exception {
    assertReadsOurFeatures(ogrinfo(write("towns.geojson", GeoJson.writer().build())));
  }

  @Test
  void ogrinfoReadsOurRfc8142Sequence() throws Exception {
    assertReadsOurFeatures(ogrinfo(write("towns.geojsons", GeoJson.sequenceWriter().build())));
  }
}
