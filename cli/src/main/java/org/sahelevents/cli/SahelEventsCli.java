package org.sahelevents.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code sahel-events} command-line tool: {@code java -jar sahel-events.jar COMMAND ...}. Picocli makes one per
 * run: not thread-safe.
 */
@Command(name = "sahel-events", mixinStandardHelpOptions = true, versionProvider = SahelEventsCli.Version.class,
    description = "Conflict events in the Sahel: fetch ACLED's API and keep files up to date, validate and convert "
        + "ACLED, UCDP GED and GeoJSON data, find the incidents along a road, count them, reconcile ACLED with UCDP, "
        + "draw them on a map page, or see a demo.",
    footer = {"", "Exit codes: 0 ok, 1 bad data, 2 usage error, 3 file not readable or writable, 4 internal error.",
        "", "Examples:", "  java -jar sahel-events.jar validate 2025-mali.csv", "  java -jar sahel-events.jar demo"})
public final class SahelEventsCli implements Runnable {
  // Kept in a field: the logging framework holds loggers weakly, and a collected one forgets its level.
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");
  // The commands by name, in the order the help lists them. Picocli reads a command's options by reflection when the
  // command is added, which for all of them is most of the tool's start-up: a run of one command adds that one alone.
  private static final Map<String, Class<?>> COMMANDS = commands();

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Show the stack trace of unexpected errors.")
  boolean debug;

  // The data streams behind "-": standard input and output, or a test's.
  InputStream stdin = System.in;
  OutputStream stdout = System.out;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this),
        "missing command: validate, convert, corridor, stats, demo or map");
  }

  public static void main(String[] args) {
    // Not System.out: a PrintStream hides write errors, and a full disk behind "-" must stop the tool, not be ignored.
    System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out), new PrintWriter(System.err, true)));
  }

  /** Runs the tool and returns its exit code; {@code -} as a file means {@code in} or {@code out}. */
  static int run(String[] args, InputStream in, OutputStream out, PrintWriter err) {
    HIBERNATE_LOG.setLevel(Level.WARNING);
    SahelEventsCli root = new SahelEventsCli();
    root.stdin = in;
    root.stdout = out;
    CommandLine cli = new CommandLine(root);
    for (Class<?> command : commandsFor(args)) {
      cli.addSubcommand(command);
    }
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCode.USAGE
        : e instanceof UncheckedIOException ? ExitCode.IO : ExitCode.INTERNAL);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (parseResult.hasMatchedOption("--debug") || root.debug) {
        e.printStackTrace(commandLine.getErr());
      }
      Optional<Failures.Report> report = Failures.describe(e);
      if (report.isPresent()) {
        commandLine.getErr().println(report.get().message());
        return report.get().exitCode();
      }
      if (!(parseResult.hasMatchedOption("--debug") || root.debug)) {
        commandLine.getErr().println("sahel-events: internal error, a defect of the tool; run again with --debug to "
            + "see where, and report it");
      }
      return ExitCode.INTERNAL;
    });
    return cli.execute(args);
  }

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    for (Class<?> command : List.of(ValidateCommand.class, ConvertCommand.class, CorridorCommand.class,
        StatsCommand.class, ReconcileCommand.class, MapCommand.class, DemoCommand.class, FetchCommand.class,
        UpdateCommand.class, LoginCommand.class)) {
      commands.put(command.getAnnotation(Command.class).name(), command);
    }
    commands.put("help", CommandLine.HelpCommand.class);
    return commands;
  }

  // The commands a run needs: the one it names, when nothing before it but --debug asks for the tool's own help,
  // version or command list; none for the version alone; else all.
  private static Collection<Class<?>> commandsFor(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return List.of();
    }
    for (String arg : args) {
      if (!arg.equals("--debug")) {
        Class<?> named = arg.equals("help") ? null : COMMANDS.get(arg);
        return named != null ? List.of(named) : COMMANDS.values();
      }
    }
    return COMMANDS.values();
  }

  /** Reports the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SahelEventsCli.class.getPackage().getImplementationVersion();
      return new String[] {"sahel-events " + (version == null ? "(development build)" : version)};
    }
  }
}
