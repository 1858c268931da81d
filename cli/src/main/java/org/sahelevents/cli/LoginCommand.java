package org.sahelevents.cli;

import java.util.concurrent.Callable;
import org.sahelevents.io.acled.api.AcledAccess;
import org.sahelevents.io.acled.api.AcledApiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sahel-events login}: signs in to ACLED's API and says what the account may read, never showing a token.
 * Picocli makes one per run: not thread-safe.
 */
@Command(name = "login", mixinStandardHelpOptions = true, versionProvider = SahelEventsCli.Version.class,
    description = {"Checks ACLED credentials (ACLED_EMAIL and ACLED_PASSWORD, or --credentials FILE): signs in, says "
        + "until when the tokens last and whether the account's access tier returns data. Prints no password or "
        + "token; with --token-cache the tokens are kept in that file for the next runs.",
        "Exit code 0 when the account can read data, 2 when ACLED refuses the credentials or the tier gives no data, "
            + "3 when the API cannot be reached."},
    footer = {"", "Example:", "  ACLED_EMAIL=me@example.org ACLED_PASSWORD=... sahel-events login"})
final class LoginCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Mixin
  ApiOptions api;

  @Override
  public Integer call() {
    AcledAccess access;
    try {
      access = api.client(spec.commandLine()).build().login();
    } catch (AcledApiException e) {
      throw ApiOptions.failure(e);
    }
    spec.commandLine().getOut().printf("ACLED accepted %s (credentials from %s)%naccess token valid until %s, "
            + "refresh token until %s%n%s%n", access.account(), access.credentialsFrom(), access.accessTokenExpires(),
        access.refreshTokenExpires(), access.dataAccess() ? "data access: yes, a test query returned an event"
            : "data access: none, ACLED returns no data to this account: its access tier does not include API data; "
            + "see your account's access at acleddata.com");
    return access.dataAccess() ? ExitCode.OK : ExitCode.USAGE;
  }
}
