package org.sahelevents.io.acled.api.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.sahelevents.io.acled.api.emulator.AcledEmulator;

/** The check that a text shows no credential: neither the password nor any token the server issued. */
final class Secrets {
  private Secrets() {}

  static void assertNoSecret(String text, AcledEmulator server, String password) {
    assertThat(text).doesNotContain(password).doesNotContain(AcledEmulator.PASSWORD);
    for (String token : server.issuedTokens()) {
      assertThat(text).doesNotContain(token);
    }
  }
}
