package org.sahelevents.io.acled.api;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The email and password of an ACLED account, for OAuth's password grant. The password is never printed: not by
 * {@link #toString()}, not in any exception message. Immutable and thread-safe.
 *
 * <pre>{@code
 * AcledCredentials fromEnv = AcledCredentials.fromEnvironment();          // ACLED_EMAIL, ACLED_PASSWORD
 * AcledCredentials fromFile = AcledCredentials.fromFile(Path.of("/home/me/.acled.properties"));
 * }</pre>
 */
public final class AcledCredentials {
  /** The environment variable holding the account's email. */
  public static final String EMAIL_VARIABLE = "ACLED_EMAIL";
  /** The environment variable holding the account's password. */
  public static final String PASSWORD_VARIABLE = "ACLED_PASSWORD";

  private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private final String email;
  private final char[] password;
  private final String source;

  private AcledCredentials(String email, char[] password, String source) {
    this.email = email;
    this.password = password;
    this.source = source;
  }

  /**
   * Credentials given by the program.
   *
   * @throws IllegalArgumentException if either is blank
   */
  public static AcledCredentials of(String email, char[] password) {
    return checked(email, password == null ? null : password.clone(), "the program");
  }

  /**
   * The credentials in the environment variables {@value #EMAIL_VARIABLE} and {@value #PASSWORD_VARIABLE}.
   *
   * @throws AcledApiException ({@link AcledApiException.Reason#CREDENTIALS}) if either is missing or blank
   */
  public static AcledCredentials fromEnvironment() {
    return fromVariables(System.getenv());
  }

  static AcledCredentials fromVariables(Map<String, String> environment) {
    String email = environment.get(EMAIL_VARIABLE);
    String password = environment.get(PASSWORD_VARIABLE);
    String source = "the environment variables " + EMAIL_VARIABLE + " and " + PASSWORD_VARIABLE;
    if (isBlank(email) || isBlank(password)) {
      throw new AcledApiException(AcledApiException.Reason.CREDENTIALS, null, "no ACLED credentials: set "
          + EMAIL_VARIABLE + " and " + PASSWORD_VARIABLE + " to your account's email and password, or give a "
          + "properties file with email= and password=, readable by you only");
    }
    return new AcledCredentials(email.strip(), password.toCharArray(), source);
  }

  /**
   * The credentials in a properties file with the keys {@code email} and {@code password}. On a file system with
   * POSIX permissions the file must be readable and writable by its owner only ({@code chmod 600}), since it holds a
   * password.
   *
   * @throws AcledApiException ({@link AcledApiException.Reason#CREDENTIALS}) if others may read it, or a key is
   *     missing
   * @throws UncheckedIOException if it cannot be read
   */
  public static AcledCredentials fromFile(Path file) {
    Objects.requireNonNull(file, "file");
    checkPrivate(file, "it holds a password");
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
    }
    String email = properties.getProperty("email");
    String password = properties.getProperty("password");
    if (isBlank(email) || isBlank(password)) {
      throw new AcledApiException(AcledApiException.Reason.CREDENTIALS, null, file + ": needs the keys email= and "
          + "password= (the ACLED account's)");
    }
    return new AcledCredentials(email.strip(), password.toCharArray(), "the file " + file);
  }

  /**
   * Refuses a file that others than its owner may read or write, on file systems that have POSIX permissions.
   *
   * @throws AcledApiException ({@link AcledApiException.Reason#CREDENTIALS}) saying how to fix it
   */
  static void checkPrivate(Path file, String why) {
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (posix == null) {
      return;
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = posix.readAttributes().permissions();
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
    }
    if (permissions.stream().anyMatch(OTHERS::contains)) {
      throw new AcledApiException(AcledApiException.Reason.CREDENTIALS, null, file + ": others may read or write it ("
          + PosixFilePermissions.toString(permissions) + ") and " + why + "; run chmod 600 " + file);
    }
  }

  private static AcledCredentials checked(String email, char[] password, String source) {
    if (isBlank(email)) {
      throw new IllegalArgumentException("the ACLED account's email is blank");
    }
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("the ACLED account's password is blank");
    }
    return new AcledCredentials(email.strip(), password, source);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** The account's email. */
  public String email() {
    return email;
  }

  /** Where these came from, for messages: {@code the environment variables ...} or {@code the file ...}. */
  public String source() {
    return source;
  }

  // Only the sign-in form reads the password.
  String password() {
    return new String(password);
  }

  /** The email and where the credentials came from; never the password. */
  @Override
  public String toString() {
    return "AcledCredentials[" + email + " from " + source + "]";
  }
}
