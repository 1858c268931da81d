package org.sahelevents.io.acled;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Each style writes a date exactly as its pattern's formatter does, whatever the year. */
class DateStyleTest {
  private static final Map<DateStyle, DateTimeFormatter> PATTERNS = Map.of(
      DateStyle.ISO, DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH),
      DateStyle.DAY_MONTH_NAME_YEAR, DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH),
      DateStyle.DAY_MONTH_YEAR_SLASHES, DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ENGLISH),
      DateStyle.SPREADSHEET, DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH));

  // Epoch days from the year 0 to 12000: three- and five-digit years too.
  @Property(tries = 2000)
  void everyStyleWritesWhatItsPatternWrites(@ForAll @LongRange(min = -719_528, max = 3_663_965) long epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    for (DateStyle style : DateStyle.values()) {
      assertThat(style.format(date)).as("%s %s", style, date).isEqualTo(PATTERNS.get(style).format(date));
    }
  }
}
