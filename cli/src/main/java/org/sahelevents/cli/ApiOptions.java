package org.sahelevents.cli;

import java.net.URI;
import java.nio.file.Path;
import org.sahelevents.io.acled.api.AcledApi;
import org.sahelevents.io.acled.api.AcledApiException;
import org.sahelevents.io.acled.api.AcledCredentials;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How the commands that call ACLED's API reach it and sign in, a picocli mixin; and what the tool says when a call
 * fails. Credentials come from {@code ACLED_EMAIL}/{@code ACLED_PASSWORD} or a private properties file, and are never
 * printed. Not thread-safe.
 */
final class ApiOptions {
  @Option(names = "--api-url", paramLabel = "URL",
      description = "The API's address (default: https://acleddata.com); another one for a proxy or a test server.")
  URI apiUrl;

  @Option(names = "--credentials", paramLabel = "FILE",
      description = "A properties file with email= and password=, readable by you only (chmod 600). Default: the "
          + "environment variables ACLED_EMAIL and ACLED_PASSWORD.")
  Path credentials;

  @Option(names = "--token-cache", paramLabel = "FILE",
      description = "Keep the sign-in tokens in this file (readable by you only) between runs. Default: none.")
  Path tokenCache;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
      description = "Retries after a 429, a server error or a network failure (default: ${DEFAULT-VALUE}).")
  int retries;

  /** A client as the options say. */
  AcledApi.Builder client(CommandLine commandLine) {
    AcledApi.Builder client = AcledApi.client();
    try {
      if (apiUrl != null) {
        client.baseUrl(apiUrl);
      }
      client.retries(retries);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage());
    }
    if (credentials != null) {
      try {
        client.credentials(AcledCredentials.fromFile(credentials));
      } catch (AcledApiException e) {
        throw failure(e);
      }
    }
    if (tokenCache != null) {
      client.tokenCache(tokenCache);
    }
    return client;
  }

  /**
   * The tool's failure for a failed call: credentials and an access tier without data are for the user to fix
   * ({@link ExitCode#USAGE}); a server, network or reply that fails is input that cannot be read ({@link ExitCode#IO}).
   */
  static CommandFailure failure(AcledApiException e) {
    int code = switch (e.reason()) {
      case CREDENTIALS, NO_ACCESS -> ExitCode.USAGE;
      case RATE_LIMITED, SERVER, NETWORK, RESPONSE -> ExitCode.IO;
    };
    return new CommandFailure(code, "ACLED API: " + e.getMessage());
  }
}
