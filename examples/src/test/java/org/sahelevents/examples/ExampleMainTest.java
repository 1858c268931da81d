package org.sahelevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples' {@code main} methods: bad input is one line and a non-zero exit code, never a stack trace, and output
 * goes only where told, by default into a new folder under the system's temporary directory.
 */
class ExampleMainTest {
  @TempDir
  Path dir;

  private static final String HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,"
      + "interaction,country,location,latitude,longitude,fatalities\n";
  private static final String ROW = "MLI1,2025-09-07,2025,Battles,Armed clash,JNIM,2,20,Mali,Dioema,14.54,-9.1921,3\n";

  record Run(int code, String out, String err) {}

  private interface Main {
    int main(String[] args, PrintStream out, PrintStream err);
  }

  private static Run run(Main main, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = main.main(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static final String NL = System.lineSeparator();

  @Test
  void aMissingInputIsOneLineAndExitCodeThree() {
    String missing = Path.of("no-such-dir", "mali.csv").toString();
    for (Main main : new Main[] {QuickStart::main, BamakoCorridors::main}) {
      Run r = run(main, missing);
      assertThat(r.err()).isEqualTo(missing + ": no such file" + NL);
      assertThat(r.code()).isEqualTo(3);
    }
    Run pipeline = run(StreamingPipeline::main, missing, dir.resolve("out.geojsons").toString(),
        dir.resolve("rejects.csv").toString());
    assertThat(pipeline.err()).isEqualTo(missing + ": no such file" + NL);
    assertThat(pipeline.code()).isEqualTo(3);
  }

  @Test
  void aBadRowIsOneLocatedLineAndExitCodeOne() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), HEADER + ROW + ROW.replace("14.54", "north"));
    Run quick = run(QuickStart::main, bad.toString(), dir.resolve("out.geojson").toString());
    assertThat(quick.err()).isEqualTo(bad + ":3: column latitude: \"north\" is not a decimal number" + NL);
    assertThat(quick.code()).isEqualTo(1);
    Run corridors = run(BamakoCorridors::main, bad.toString(), dir.resolve("out").toString());
    assertThat(corridors.err()).isEqualTo(bad + ":3: column latitude: \"north\" is not a decimal number" + NL);
    assertThat(corridors.code()).isEqualTo(1);
    Run pipeline = run(StreamingPipeline::main, bad.toString(), dir.resolve("out.geojsons").toString(),
        dir.resolve("rejects.csv").toString());
    assertThat(pipeline.out()).isEqualTo(bad + ": 2 rows read, 1 written to " + dir.resolve("out.geojsons")
        + ", 1 rejected to " + dir.resolve("rejects.csv") + NL);
    assertThat(pipeline.code()).isEqualTo(1);
  }

  @Test
  void anOutputInAMissingFolderIsOneLine() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), HEADER + ROW);
    Path out = dir.resolve("missing").resolve("out.geojson");
    Run r = run(QuickStart::main, in.toString(), out.toString());
    assertThat(r.err()).isEqualTo(out + ": no such file or folder" + NL);
    assertThat(r.code()).isEqualTo(3);
  }

  @Test
  void wrongArgumentsShowTheUsage() {
    assertThat(run(StreamingPipeline::main, "in.csv")).isEqualTo(new Run(2, "",
        "usage: StreamingPipeline IN.csv OUT.geojsons REJECTS.csv" + NL));
    assertThat(run(QuickStart::main, "a", "b", "c").err()).isEqualTo("usage: QuickStart [IN.csv [OUT.geojson]]" + NL);
  }

  @Test
  void withoutAnOutputTheExamplesWriteIntoANewFolderUnderTheTemporaryDirectoryAndSaySo() throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
    Run quick = run(QuickStart::main);
    assertThat(quick.code()).isZero();
    Path written = Path.of(quick.out().substring(quick.out().lastIndexOf("wrote ") + 6).strip());
    assertThat(written.getFileName()).hasToString("incidents.geojson");
    assertThat(written.getParent().toRealPath().getParent()).isEqualTo(temp);
    assertThat(written.getParent().getFileName().toString()).startsWith("sahel-events-quickstart-");
    assertThat(written).isNotEmptyFile();

    Run corridors = run(BamakoCorridors::main);
    assertThat(corridors.code()).isZero();
    Function<String, Path> after = marker -> Path.of(corridors.out().substring(corridors.out().indexOf(marker)
        + marker.length()).split(" and ")[0].strip());
    Path roads = after.apply("wrote ");
    assertThat(roads.getParent().toRealPath().getParent()).isEqualTo(temp);
    assertThat(roads.getParent().resolve(BamakoCorridors.INCIDENTS_FILE)).isNotEmptyFile();
    removeFolderOf(written);
    removeFolderOf(roads);
  }

  private static void removeFolderOf(Path file) throws IOException {
    try (var files = Files.list(file.getParent())) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(file.getParent());
  }
}
