package org.sahelevents.io.acled.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledJson;

/**
 * Random damage to valid ACLED CSV and API JSON files, of the kinds real files suffer (cut short, a flipped byte, a
 * stray quote, a doubled separator, bytes that are not UTF-8, a whole number re-saved as a decimal, a no-break space
 * at a cell's edge): both readers give records or located errors, lose no row, keep each rejected row's content, and
 * in CSV account for every line. The checks are {@link AcledReaderChecks}'.
 */
class DamagedFilesPropertiesTest {
  /** A kind of damage, applied at a position. */
  enum Damage {
    TRUNCATE, FLIP_BYTE, STRAY_QUOTE, DUPLICATE_SEPARATOR, INVALID_UTF8, RESAVED_NUMBER, UNICODE_SPACE;

    byte[] apply(byte[] input, int at) {
      int i = at % (input.length + 1);
      return switch (this) {
        case TRUNCATE -> Arrays.copyOf(input, i);
        case FLIP_BYTE -> {
          byte[] out = input.clone();
          if (out.length > 0) {
            out[Math.min(i, out.length - 1)] ^= (byte) (1 << (at % 8));
          }
          yield out;
        }
        case STRAY_QUOTE -> insert(input, i, new byte[] {'"'});
        case DUPLICATE_SEPARATOR -> {
          int k = i;
          while (k < input.length && input[k] != ',' && input[k] != ':' && input[k] != ';') {
            k++;
          }
          yield k < input.length ? insert(input, k, new byte[] {input[k]}) : input;
        }
        case INVALID_UTF8 -> insert(input, i, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        // A whole number written back as a decimal, as pandas and R write integer columns with a missing value.
        case RESAVED_NUMBER -> {
          int k = i;
          while (k < input.length && !(input[k] >= '0' && input[k] <= '9')) {
            k++;
          }
          while (k < input.length && input[k] >= '0' && input[k] <= '9') {
            k++;
          }
          yield k > 0 && k <= input.length && input[k - 1] >= '0' && input[k - 1] <= '9'
              ? insert(input, k, new byte[] {'.', '0'}) : input;
        }
        // A no-break space at the edge of a cell, as spreadsheets and web pages leave them.
        case UNICODE_SPACE -> {
          int k = i;
          while (k < input.length && input[k] != ',' && input[k] != ';') {
            k++;
          }
          yield k < input.length ? insert(input, k + 1, new byte[] {(byte) 0xC2, (byte) 0xA0}) : input;
        }
      };
    }

    private static byte[] insert(byte[] input, int at, byte[] bytes) {
      byte[] out = new byte[input.length + bytes.length];
      System.arraycopy(input, 0, out, 0, at);
      System.arraycopy(bytes, 0, out, at, bytes.length);
      System.arraycopy(input, at, out, at + bytes.length, input.length - at);
      return out;
    }
  }

  /** A valid input and the reader checks that apply to it. */
  private record Input(String name, byte[] bytes, Consumer<byte[]> read) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Input> VALID = valid();

  // The valid spec cases: those that expect no problem.
  private static List<Input> valid() {
    List<Input> inputs = new ArrayList<>();
    AcledReaderChecks.specCases().forEach(c -> {
      if (c.path("problems").isEmpty()) {
        boolean json = AcledReaderChecks.isJson(c);
        inputs.add(new Input(c.get("name").asText(), c.get("input").asText().getBytes(StandardCharsets.UTF_8),
            bytes -> AcledReaderChecks.acled(json ? AcledJson.reader() : AcledCsv.reader(), bytes)));
      }
    });
    return inputs;
  }

  @Provide
  Arbitrary<Input> inputs() {
    return Arbitraries.of(VALID);
  }

  @Property(tries = 2000)
  void damagedFilesGiveRecordsOrLocatedErrorsAndLoseNoRow(@ForAll("inputs") Input input, @ForAll Damage first,
      @ForAll Damage second, @ForAll @IntRange(max = 100_000) int at) {
    input.read().accept(second.apply(first.apply(input.bytes(), at), at * 31 + 7));
  }
}
