package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build writes next to the jar, {@code cli/target/sahel-events}: it runs the tool from any folder
 * and through a link, passes arguments through as given, honours {@code JAVA_HOME} and {@code SAHEL_EVENTS_OPTS}, and
 * uses the class-data archive built with the jar, or, when that archive does not fit, starts without a word about it.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of(System.getProperty("sahelevents.cli.launcher"));

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(Path launcher, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(dir.resolve("stderr.txt").toFile());
    builder.environment().remove("SAHEL_EVENTS_OPTS");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(environment);
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, Files.readString(dir.resolve("stderr.txt")));
  }

  @Test
  void theLauncherConvertsFilesWhoseNamesHoldSpacesAndQuotesFromAnotherFolder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("a folder"));
    Path in = Files.writeString(folder.resolve("mali 'in' \"2025\".csv"), CliTest.HEADER + CliTest.GOOD);
    Path out = folder.resolve("out $HOME *.geojson");
    Run r = run(LAUNCHER, Map.of(), "convert", in.toString(), out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo(in + ": 1 rows read, 1 accepted, 0 rejected; wrote " + out + "\n");
    assertThat(Files.readString(out)).contains("\"id\":\"MLI1\"");
  }

  @Test
  void theLauncherWorksThroughALinkAndWithTheUsersJavaOptions() throws Exception {
    Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("bin")).resolve("sahel-events"),
        LAUNCHER);
    Run r = run(link, Map.of("SAHEL_EVENTS_OPTS", "-XX:+UseG1GC  -Dsahelevents.launcher.check=yes -XshowSettings:properties"),
        "--version");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("sahel-events ");
    assertThat(r.err()).contains("sahelevents.launcher.check = yes");
  }

  @Test
  void theArchiveBuiltWithTheJarIsUsable() throws Exception {
    // With -Xshare:on, java stops instead of starting without an archive it cannot use.
    Run r = run(LAUNCHER, Map.of("SAHEL_EVENTS_OPTS", "-Xshare:on"), "--version");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("sahel-events ");
  }

  @Test
  void aGeoParquetCommandStartsFromTheArchiveThatHoldsParquetsClasses() throws Exception {
    Files.writeString(dir.resolve("in.csv"), CliTest.HEADER + CliTest.GOOD);
    Path log = dir.resolve("classes.txt");
    for (String[] args : List.of(new String[] {"convert", "in.csv", "out.parquet"},
        new String[] {"convert", "--to", "geoparquet", "in.csv", "out.bin"})) {
      Run r = run(LAUNCHER, Map.of("SAHEL_EVENTS_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + log), args);
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(Files.readString(log)).as(String.join(" ", args))
          .containsPattern("org.apache.parquet.format.FileMetaData source: shared objects file \\(top\\)");
    }
    Run geoJson = run(LAUNCHER, Map.of("SAHEL_EVENTS_OPTS", "-Xlog:class+load=info:file=" + log), "convert",
        "in.csv", "out.geojson");
    assertThat(geoJson.code()).as(geoJson.err()).isZero();
    assertThat(Files.readString(log)).contains("org.sahelevents.io.geojson.GeoJsonWriter source: shared objects file")
        .doesNotContain("org.apache.parquet");
  }

  @Test
  void aGeoParquetCommandGetsTwiceTheYoungGenerationAndOthersStaySmall() throws Exception {
    Files.writeString(dir.resolve("in.csv"), CliTest.HEADER + CliTest.GOOD);
    Path log = dir.resolve("heap.txt");
    Map<String, String> heapAtExit = Map.of("SAHEL_EVENTS_OPTS", "-Xlog:gc+heap+exit:file=" + log);
    // The young generation's total is its eden and one survivor space: five sixths of -Xmn.
    Run parquet = run(LAUNCHER, heapAtExit, "convert", "in.csv", "out.parquet");
    assertThat(parquet.code()).as(parquet.err()).isZero();
    assertThat(Files.readString(log)).contains("def new generation   total 40960K")
        .contains("tenured generation   total 16384K");
    Run geoJson = run(LAUNCHER, heapAtExit, "convert", "in.csv", "out.geojson");
    assertThat(geoJson.code()).as(geoJson.err()).isZero();
    assertThat(Files.readString(log)).contains("def new generation   total 20480K");
    assertThat(parquet.out() + parquet.err() + geoJson.out() + geoJson.err()).doesNotContain("warning");
  }

  @Test
  void anArchiveThatDoesNotFitIsSkippedWithoutAWord() throws Exception {
    // The archive is bound to the jar it was built with, by path and time: next to a copy of the jar it does not fit.
    Path copy = Files.createDirectories(dir.resolve("copy"));
    Files.copy(LAUNCHER, copy.resolve("sahel-events"));
    Files.copy(LAUNCHER.resolveSibling("sahel-events.jar"), copy.resolve("sahel-events.jar"));
    Files.copy(LAUNCHER.resolveSibling("sahel-events.jsa"), copy.resolve("sahel-events.jsa"));
    Run stale = run(copy.resolve("sahel-events"), Map.of(), "--version");
    assertThat(stale.code()).as(stale.err()).isZero();
    assertThat(stale.out()).matches("sahel-events \\S+\n");
    assertThat(stale.err()).isEmpty();

    Files.write(copy.resolve("sahel-events.jsa"), new byte[] {1, 2, 3});
    Run damaged = run(copy.resolve("sahel-events"), Map.of(), "--version");
    assertThat(damaged.code()).as(damaged.err()).isZero();
    assertThat(damaged.out()).matches("sahel-events \\S+\n");
    assertThat(damaged.err()).isEmpty();
  }
}
