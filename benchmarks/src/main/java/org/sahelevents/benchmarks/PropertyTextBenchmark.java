package org.sahelevents.benchmarks;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.PropertyColumns;

/**
 * Writing text properties as JSON: table rows of a short place name and a note of about 400 characters, in ASCII, in
 * French (an accented letter every few words, as ACLED's notes on Mali and Burkina Faso have), in Arabic script, or
 * in ASCII with quotes and line breaks that JSON escapes. One operation writes all {@code rows} rows as features.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class PropertyTextBenchmark {
  /** The kind of text the cells hold. */
  public enum Text {
    ASCII("On 3 April 2022, soldiers were involved in an incident in Segou (Segou, Mali). "),
    FRENCH("Le 3 avril 2022, des soldats ont été impliqués dans un incident à Ségou (Ségou, Mali). "),
    ARABIC("\u0641\u064a 3 \u0623\u0628\u0631\u064a\u0644 2022\u060c \u0648\u0642\u0639 \u062d\u0627\u062f\u062b "
        + "\u0641\u064a \u0633\u064a\u063a\u0648 (\u0645\u0627\u0644\u064a). "),
    ESCAPED("On 3 April 2022, \"soldiers\" were involved\nin an incident in C:\\Segou (Segou, Mali). ");

    private final String sentence;

    Text(String sentence) {
      this.sentence = sentence;
    }
  }

  @Param("20000")
  int rows;

  @Param({"ASCII", "FRENCH", "ARABIC", "ESCAPED"})
  Text text;

  private static final PropertyColumns COLUMNS = PropertyColumns.of(List.of("location", "notes", "fatalities"),
      Set.of("fatalities"));

  private final List<List<String>> cells = new ArrayList<>();
  private Point point;

  @Setup
  public void prepare() {
    Random random = new Random(42);
    for (int i = 0; i < rows; i++) {
      String note = (text.sentence + i + " ").repeat(4 + random.nextInt(3));
      cells.add(List.of(text.sentence.substring(0, 40), note, Integer.toString(random.nextInt(50))));
    }
    point = new GeometryFactory().createPoint(new Coordinate(-6.25947, 13.44032));
  }

  @Benchmark
  public long writeRows() {
    try (GeoJsonWriter.Output o = GeoJson.writer().build().open(OutputStream.nullOutputStream())) {
      for (int i = 0; i < cells.size(); i++) {
        o.writeRow("MLI" + i, point, COLUMNS, cells.get(i));
      }
      return o.featuresWritten();
    }
  }
}
