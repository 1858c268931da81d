package org.sahelevents.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Writes a command's output file so that it appears only when complete: the data goes to a hidden file beside it
 * ({@link PartialFiles}), moved into place atomically at the end, and removed if anything fails or the tool is
 * stopped. An existing file is replaced only when the user said {@code --force}. {@code -} is standard output. Every
 * failure names the file the user gave, or its folder, never the hidden one. Stateless and thread-safe.
 */
final class Output {
  /** What writes the data and says what it wrote; it may close the stream it is given. */
  interface Body<T> {
    T write(OutputStream out) throws IOException;
  }

  /** How messages name standard output. */
  static final String STDOUT = "standard output";

  private Output() {}

  /**
   * Checks, before any work, that {@code out} can be written: that it is not an existing file (unless {@code force}) or
   * a folder, and that its folder exists and is one.
   *
   * @throws ParameterException if {@code out} exists and {@code force} is false, or is a folder
   * @throws CommandFailure if its folder is missing or is not a folder
   */
  static void checkWritable(String out, boolean force, CommandLine commandLine) {
    if (out.equals("-")) {
      return;
    }
    checkReplaceable(out, force, commandLine);
    Path folder = Path.of(out).toAbsolutePath().getParent();
    if (!Files.exists(folder)) {
      throw new CommandFailure(ExitCode.IO, noFolder(out, folder));
    }
    if (!Files.isDirectory(folder)) {
      throw new CommandFailure(ExitCode.IO, out + ": cannot be written: " + folder + " is a file, not a folder");
    }
  }

  /**
   * Refuses, before any work, to replace an existing file without {@code --force}, or a folder.
   *
   * @throws ParameterException if {@code out} exists and {@code force} is false, or is a folder
   */
  static void checkReplaceable(String out, boolean force, CommandLine commandLine) {
    Path target = Path.of(out);
    if (Files.isDirectory(target)) {
      throw new ParameterException(commandLine, out + " is a folder; give the name of a file to write");
    }
    if (!force && Files.exists(target)) {
      throw new ParameterException(commandLine, out + " exists; add --force to replace it");
    }
  }

  /** Creates the hidden file for {@code out} (as the user named it) and registers it for removal if the tool stops. */
  static OutputStream createPartial(Path partial, String out) throws FileFailure {
    PartialFiles.register(partial);
    try {
      // Created like any new file, so it gets the usual permissions (a temporary file's owner-only ones would stay
      // with the output).
      return new Named(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), out);
    } catch (IOException e) {
      PartialFiles.done(partial);
      throw cannotWrite(out, partial.getParent(), e);
    }
  }

  /**
   * What to say when {@code out} cannot be written because of {@code e}, raised on a file in {@code folder}: the
   * folder when it is missing or not writable, else the system's reason.
   */
  static FileFailure cannotWrite(String out, Path folder, IOException e) {
    if (e instanceof FileFailure f) {
      return f;
    }
    if (e instanceof NoSuchFileException) {
      return new FileFailure(noFolder(out, folder), e);
    }
    if (e instanceof AccessDeniedException) {
      return new FileFailure(out + ": cannot be written: no permission to write in the folder " + folder
          + "; give a file in a folder you can write to", e);
    }
    return new FileFailure(out + ": cannot be written: " + Failures.reason(e), e);
  }

  private static String noFolder(String out, Path folder) {
    return out + ": cannot be written: the folder " + folder + " does not exist; create it, or give a file in a "
        + "folder that exists";
  }

  /**
   * Moves a complete {@code partial} file into place.
   *
   * @throws CommandFailure if the target appeared meanwhile and {@code force} is false
   * @throws FileFailure if it cannot be moved
   */
  static void complete(Path partial, Path target, boolean force) throws FileFailure {
    if (!force && Files.exists(target)) {
      throw new CommandFailure(ExitCode.USAGE, target + " appeared while it was being written; it is not replaced "
          + "without --force");
    }
    try {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw cannotWrite(target.toString(), target.getParent(), e);
    } finally {
      PartialFiles.done(partial);
    }
  }

  /** Writes {@code out} with {@code body} and returns what the body returned. */
  static <T> T write(String out, boolean force, OutputStream stdout, Body<T> body) throws IOException {
    if (out.equals("-")) {
      // Standard output stays open for whoever runs the tool; closing the writer only flushes it.
      return body.write(new Named(stdout, STDOUT) {
        @Override
        public void close() throws IOException {
          flush();
        }
      });
    }
    // Beside the output, so that the final move is atomic.
    Path target = Path.of(out).toAbsolutePath();
    Path temp = PartialFiles.beside(target);
    try {
      T result;
      try (OutputStream stream = createPartial(temp, out)) {
        result = body.write(stream);
      }
      complete(temp, target, force);
      return result;
    } finally {
      Files.deleteIfExists(temp);
      PartialFiles.done(temp);
    }
  }

  /** A stream whose failures name the output as the user gave it, with the system's reason. Not thread-safe. */
  static class Named extends FilterOutputStream {
    private final String name;

    Named(OutputStream out, String name) {
      super(out);
      this.name = name;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw failure(e);
      }
    }

    private FileFailure failure(IOException e) {
      return e instanceof FileFailure f ? f : new FileFailure(name + ": cannot be written: " + Failures.reason(e), e);
    }
  }
}
