package org.sahelevents.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sahelevents.io.acled.api.AcledApiException;
import org.sahelevents.io.acled.api.AcledUpdate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sahel-events update FILE}: brings an ACLED CSV or GeoJSON sequence written by {@code fetch} up to date from
 * ACLED's API, in place and atomically, and prints what changed. Picocli makes one per run: not thread-safe.
 */
@Command(name = "update", mixinStandardHelpOptions = true, versionProvider = SahelEventsCli.Version.class,
    description = {"Brings a file of ACLED events up to date: fetches the events of its countries and dates that ACLED "
        + "added or changed since the file's last timestamp, drops those ACLED deleted, and replaces the file "
        + "atomically (a failed or stopped run leaves it as it was). Prints the events added, changed, deleted and "
        + "unchanged.",
        "FILE is ACLED CSV or a GeoJSON sequence, as fetch writes them; a file whose columns ACLED does not return "
            + "is refused.",
        "Exit code 0 on success, 1 when FILE cannot be updated (bad rows, no timestamps, other columns), 2 on a "
            + "usage error or refused credentials, 3 when the API or FILE cannot be read or written."},
    footer = {"", "Examples:", "  sahel-events update sahel.csv",
        "  sahel-events update --until 2026-06-30 sahel.geojsons"})
final class UpdateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Mixin
  ApiOptions api;

  @Option(names = "--since", paramLabel = "DATE", description = "Start of the window (default: FILE's first date).")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE",
      description = "End of the window (default: FILE's last date); a later one adds the events since.")
  LocalDate until;

  @Parameters(index = "0", paramLabel = "FILE", description = "the file to update")
  String file;

  @Override
  public Integer call() throws IOException {
    CommandLine commandLine = spec.commandLine();
    Path path = Path.of(file);
    if (file.equals("-") || Files.isDirectory(path)) {
      throw new CommandLine.ParameterException(commandLine, "give the file to update, not " + file);
    }
    if (!Files.isRegularFile(path)) {
      throw new CommandFailure(ExitCode.IO, file + ": no such file");
    }
    AcledUpdate.Builder builder = AcledUpdate.builder(api.client(commandLine).build());
    if (since != null) {
      builder.since(since);
    }
    if (until != null) {
      builder.until(until);
    }
    AcledUpdate update = builder.build();
    try {
      AcledUpdate.Result r = Output.write(file, true, root.stdout, stream -> update.update(path, stream));
      commandLine.getErr().printf("%s: %d added, %d changed, %d deleted, %d unchanged (events dated %s to %s that "
              + "ACLED changed since %s)%n", file, r.added(), r.changed(), r.deleted(), r.unchanged(), r.from(),
          r.to(), r.changedSince());
      return ExitCode.OK;
    } catch (AcledApiException e) {
      throw ApiOptions.failure(e);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.BAD_DATA, e.getMessage());
    }
  }
}
