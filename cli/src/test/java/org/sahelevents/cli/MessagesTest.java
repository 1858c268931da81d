package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.sahelevents.cli.CliTest.GOOD;
import static org.sahelevents.cli.CliTest.HEADER;
import static org.sahelevents.cli.CliTest.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way a run can fail says, in one line, which file or folder and what to do: never the hidden partial file, an
 * exception's class or its text.
 */
class MessagesTest {
  @TempDir
  Path dir;

  private Path in;

  @BeforeEach
  void input() throws IOException {
    in = Files.writeString(dir.resolve("in.csv"), HEADER + GOOD, StandardCharsets.UTF_8);
  }

  private void assertNothingLeftBut(String... names) throws IOException {
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(names);
    }
  }

  @Test
  void anOutputInAMissingFolderNamesTheFolder() throws IOException {
    Path out = dir.resolve("missing/out.csv");
    for (String[] args : new String[][] {{"convert", in.toString(), out.toString()},
        {"corridor", "--route", "RN6", "--half-width-km", "10", in.toString(), out.toString()}}) {
      CliTest.Run r = run(args);
      assertThat(r.err()).as(args[0]).isEqualTo(out + ": cannot be written: the folder " + dir.resolve("missing")
          + " does not exist; create it, or give a file in a folder that exists\n");
      assertThat(r.code()).isEqualTo(3);
    }
    CliTest.Run rejects = run("convert", "--rejects", out.toString(), in.toString(), dir.resolve("ok.csv").toString());
    assertThat(rejects.err()).isEqualTo(out + ": cannot be written: the folder " + dir.resolve("missing")
        + " does not exist; create it, or give a file in a folder that exists\n");
    assertNothingLeftBut("in.csv");
  }

  @Test
  void anOutputInsideAFileSaysItIsNotAFolder() throws IOException {
    Path out = in.resolve("out.csv");
    CliTest.Run r = run("convert", in.toString(), out.toString());
    assertThat(r.err()).isEqualTo(out + ": cannot be written: " + in + " is a file, not a folder\n");
    assertThat(r.code()).isEqualTo(3);
  }

  @Test
  void aFolderGivenAsInputOrOutputSaysSo() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("data"));
    for (String command : new String[] {"validate", "stats"}) {
      CliTest.Run r = run(command, folder.toString());
      assertThat(r.err()).as(command).isEqualTo(folder + ": is a folder, not a file; give a file in it\n");
      assertThat(r.code()).isEqualTo(3);
    }
    CliTest.Run convert = run("convert", folder.toString(), dir.resolve("out.csv").toString());
    assertThat(convert.err()).isEqualTo(folder + ": is a folder, not a file; give a file in it\n");
    CliTest.Run into = run("convert", "--to", "acled-csv", in.toString(), folder.toString());
    assertThat(into.err()).startsWith(folder + " is a folder; give the name of a file to write\n");
    assertThat(into.code()).isEqualTo(2);
  }

  @Test
  void aMissingInputIsNamed() {
    Path missing = dir.resolve("nope.csv");
    CliTest.Run r = run("corridor", "--route", "RN6", "--half-width-km", "10", missing.toString(),
        dir.resolve("out.csv").toString());
    assertThat(r.err()).isEqualTo(missing + ": no such file\n");
    assertThat(r.code()).isEqualTo(3);
  }

  @Test
  void aDateThatIsNotADateSaysWhatADateLooksLike() {
    CliTest.Run r = run("corridor", "--route", "RN6", "--half-width-km", "10", "--since", "2025-13-01",
        in.toString(), dir.resolve("out.csv").toString());
    assertThat(r.err().lines().findFirst()).hasValue(
        "Invalid value for option '--since': 2025-13-01 is not a date (yyyy-MM-dd)");
    assertThat(r.err()).doesNotContain("Exception");
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void aReadOnlyFolderIsNamedWithWhatToDo() throws IOException {
    Path target = dir.resolve("ro/out.csv");
    Path partial = PartialFiles.beside(target.toAbsolutePath());
    FileFailure f = Output.cannotWrite(target.toString(), partial.getParent(),
        new AccessDeniedException(partial.toString()));
    assertThat(f.getMessage()).isEqualTo(target + ": cannot be written: no permission to write in the folder "
        + partial.getParent() + "; give a file in a folder you can write to");
  }

  @Test
  void aReadOnlyFolderStopsTheRunBeforeAnythingIsWritten() throws IOException {
    Path readOnly = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(readOnly), "skipped: this user (root) may write in read-only folders");
      Path out = readOnly.resolve("out.csv");
      CliTest.Run r = run("convert", in.toString(), out.toString());
      assertThat(r.err()).isEqualTo(out + ": cannot be written: no permission to write in the folder "
          + readOnly.toAbsolutePath() + "; give a file in a folder you can write to\n");
      assertThat(r.code()).isEqualTo(3);
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aWriteThatFailsMidwayNamesTheOutputAndLeavesNothing() throws IOException {
    Path out = dir.resolve("out.csv");
    assertThatThrownBy(() -> Output.write(out.toString(), false, OutputStream.nullOutputStream(), stream -> {
      stream.write("event_id_cnty\r\n".getBytes(StandardCharsets.US_ASCII));
      throw new IOException("No space left on device");
    })).isInstanceOf(IOException.class);
    OutputStream full = new Output.Named(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    }, out.toString());
    assertThatThrownBy(() -> full.write(1)).isInstanceOf(FileFailure.class)
        .hasMessage(out + ": cannot be written: No space left on device");
    assertThat(Failures.describe(new java.io.UncheckedIOException(new FileFailure("x.csv: cannot be written: No "
        + "space left on device", null)))).hasValue(new Failures.Report("x.csv: cannot be written: No space left on "
        + "device", ExitCode.IO));
    assertNothingLeftBut("in.csv");
  }

  @Test
  void noMessageNamesAHiddenPartialFile() throws IOException {
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "mine");
    CliTest.Run r = run("corridor", "--route", "RN6", "--half-width-km", "10", in.toString(), out.toString());
    assertThat(r.err()).startsWith(out + " exists; add --force to replace it\n").doesNotContain(".partial");
    CliTest.Run missing = run("corridor", "--route", "RN6", "--half-width-km", "10", in.toString(),
        dir.resolve("gone/out.geojson").toString());
    assertThat(missing.err()).doesNotContain(".partial").startsWith(dir.resolve("gone/out.geojson") + ": ");
  }
}
