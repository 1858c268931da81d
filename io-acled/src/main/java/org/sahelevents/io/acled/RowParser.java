package org.sahelevents.io.acled;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.DisorderType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.Interaction;
import org.sahelevents.core.taxonomy.SourceScale;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.core.taxonomy.UnknownTermException;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Severity;
import org.sahelevents.core.validation.Violation;
import org.sahelevents.io.acled.internal.AcledDates;
import org.sahelevents.io.acled.internal.LegacyEventTypes;

/**
 * Types one row of a layout into an {@link AcledRecord}, collecting every problem: errors, which make the row unusable,
 * and warnings, which the record carries. Cells are read leniently where the reading is unambiguous (white space of
 * any kind at their edges, whole numbers written as {@code 3.0} or {@code 1,316}, a decimal comma in coordinates),
 * and every cell whose text differs from how {@link AcledCells} writes its value is kept as a {@link Spelling}. Not
 * thread-safe.
 */
final class RowParser {
  private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
  private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

  private final AcledLayout layout;
  private final String source;
  private final AcledValidation validation;
  private final Supplier<DataLocation> rowLocation;
  private final int[] at = new int[AcledColumn.values().length];
  private final int[] extras;
  private final String[] extraKeys;
  private final WarningPolicy warningPolicy;
  private int errors;
  private final AcledCells canonical;
  // Per position, what can make a cell's spelling differ from how the value is written: for text (text and extra
  // columns), only edge white space; for plain numbers and ISO dates, nothing. Other cells are formatted and compared.
  private final byte[] spellingCheck;
  // Per position, whether a blank cell is always written blank, whatever the other cells say.
  private final boolean[] blankStaysBlank;
  // The positions whose cells are not plain text: only these can be spelled otherwise unless a row's cells had white
  // space at their edges.
  private final int[] notText;
  private boolean edgeSpaces;
  // Per position, the last non-blank cell found written as read. Coded columns repeat their few values from row to
  // row, and a non-blank cell of them is written as a function of its text alone, so a repeat needs no formatting.
  private final String[] writtenAsRead;
  private final String[] names;
  private List<String> cells;
  private List<DataProblem> problems;
  private DataLocation location;
  private String lastValidScale;
  private boolean keepRows;

  RowParser(AcledLayout layout, String source, AcledValidation validation, WarningPolicy warningPolicy,
      Supplier<DataLocation> rowLocation) {
    this.layout = layout;
    this.warningPolicy = warningPolicy;
    this.canonical = AcledCells.forLayout(layout, SpellingPolicy.NORMALIZE);
    this.names = layout.names().toArray(String[]::new);
    this.source = source;
    this.validation = layout.isMonadic() && validation == AcledValidation.MODEL
        ? AcledValidation.CONSISTENCY : validation;
    this.rowLocation = rowLocation;
    Arrays.fill(at, -1);
    layout.positions().forEach((column, position) -> at[column.ordinal()] = position);
    // Made for each part of a file that threads read: loops, not streams, which cost more to set up than this.
    int[] extraPositions = new int[layout.columns().size()];
    int extraCount = 0;
    for (int i = 0; i < layout.columns().size(); i++) {
      if (layout.columns().get(i) == null || at[layout.columns().get(i).ordinal()] != i) {
        extraPositions[extraCount++] = i;
      }
    }
    extras = Arrays.copyOf(extraPositions, extraCount);
    extraKeys = new String[extraCount];
    for (int k = 0; k < extraCount; k++) {
      extraKeys[k] = layout.extraKey(extras[k]);
    }
    spellingCheck = new byte[layout.headers().size()];
    writtenAsRead = new String[spellingCheck.length];
    blankStaysBlank = new boolean[spellingCheck.length];
    int[] notTextPositions = new int[spellingCheck.length];
    int notTextCount = 0;
    for (int i = 0; i < spellingCheck.length; i++) {
      AcledColumn column = layout.columns().get(i);
      spellingCheck[i] = column == null || at[column.ordinal()] != i || TEXT_COLUMNS.contains(column) ? TEXT
          : column == AcledColumn.LATITUDE || column == AcledColumn.LONGITUDE ? DECIMAL
          : column == AcledColumn.EVENT_DATE && layout.dateStyle() == DateStyle.ISO ? ISO_DATE
          : column.isNumeric() ? WHOLE : FORMAT;
      blankStaysBlank[i] = column != null && (BLANK_STAYS_BLANK.contains(column)
          || layout.actorTypeStyle() == ActorTypeStyle.TEXT && (column == AcledColumn.INTER1
              || column == AcledColumn.INTER2));
      if (spellingCheck[i] != TEXT) {
        notTextPositions[notTextCount++] = i;
      }
    }
    notText = Arrays.copyOf(notTextPositions, notTextCount);
  }

  // Lists and flags: blank when read blank. Others may be implied by other cells (interaction, disorder type).
  private static final Set<AcledColumn> BLANK_STAYS_BLANK = EnumSet.of(AcledColumn.ASSOC_ACTOR_1,
      AcledColumn.ASSOC_ACTOR_2, AcledColumn.SOURCE, AcledColumn.TAGS, AcledColumn.CIVILIAN_TARGETING);

  private static final byte TEXT = 0;
  private static final byte WHOLE = 1;
  private static final byte DECIMAL = 2;
  private static final byte ISO_DATE = 3;
  private static final byte FORMAT = 4;

  // Columns whose value is the cell's text, stripped.
  private static final Set<AcledColumn> TEXT_COLUMNS = EnumSet.of(AcledColumn.EVENT_ID_CNTY, AcledColumn.ACTOR1,
      AcledColumn.ACTOR2, AcledColumn.REGION, AcledColumn.COUNTRY, AcledColumn.ADMIN1, AcledColumn.ADMIN2,
      AcledColumn.ADMIN3, AcledColumn.LOCATION, AcledColumn.SOURCE_SCALE, AcledColumn.NOTES, AcledColumn.ISO3);

  /** The record, with its warnings; or null, with {@link #problems()} set, when the row is rejected. */
  AcledRecord parse(List<String> row, List<RowNote> notes) {
    this.cells = row;
    this.location = null;
    this.problems = new ArrayList<>(0);
    this.errors = 0;
    this.edgeSpaces = false;
    if (!checkWidth()) {
      return null;
    }
    for (RowNote note : notes) {
      int i = layout.names().indexOf(note.column());
      String raw = note.value() != null ? note.value()
          : i >= 0 && i < cells.size() && !cells.get(i).isEmpty() ? cells.get(i) : null;
      problems.add(problemAt(i >= 0 ? layout.headers().get(i) : note.column(), raw, note.reason(), note.severity()));
    }
    AcledRecord.Builder b = AcledRecord.builder();
    b.origin(location()).layout(layout);
    String id = required(AcledColumn.EVENT_ID_CNTY);
    if (id != null) {
      b.eventIdCnty(id);
    }
    OptionalInt year = integer(AcledColumn.YEAR);
    b.year(year);
    LocalDate date = date(year);
    if (date != null) {
      b.eventDate(date);
    }
    OptionalInt timePrecision = integer(AcledColumn.TIME_PRECISION);
    b.timePrecision(timePrecision);

    String actor1 = required(AcledColumn.ACTOR1);
    if (actor1 != null) {
      b.actor1(actor1);
    }
    b.assocActor1(list(AcledColumn.ASSOC_ACTOR_1));
    Optional<ActorType> inter1 = actorType(AcledColumn.INTER1);
    b.inter1(inter1);
    Optional<String> actor2 = optional(AcledColumn.ACTOR2);
    b.actor2(actor2);
    b.assocActor2(list(AcledColumn.ASSOC_ACTOR_2));
    Optional<ActorType> inter2 = actorType(AcledColumn.INTER2);
    b.inter2(inter2);
    Optional<Interaction> interaction = interaction();
    b.interaction(interaction);

    Optional<SubEventType> sub = term(AcledColumn.SUB_EVENT_TYPE, SubEventType::parse);
    EventType type = eventType(b, inter1, inter2, sub);
    if (sub.isPresent()) {
      // Else a legacy event type may have set it.
      b.subEventType(sub.get());
    }
    Set<DisorderType> disorder = disorderTypes();
    b.disorderTypes(disorder);
    boolean civilians = civilianTargeting();
    b.civilianTargeting(civilians);

    b.iso(integer(AcledColumn.ISO));
    b.region(optional(AcledColumn.REGION));
    String country = required(AcledColumn.COUNTRY);
    if (country != null) {
      b.country(country);
    }
    b.admin1(optional(AcledColumn.ADMIN1));
    b.admin2(optional(AcledColumn.ADMIN2));
    b.admin3(optional(AcledColumn.ADMIN3));
    String location = required(AcledColumn.LOCATION);
    if (location != null) {
      b.location(location);
    }
    BigDecimal latitude = decimal(AcledColumn.LATITUDE);
    BigDecimal longitude = decimal(AcledColumn.LONGITUDE);
    if (latitude != null) {
      b.latitude(latitude);
      range(AcledColumn.LATITUDE, latitude, MAX_LATITUDE);
    }
    if (longitude != null) {
      b.longitude(longitude);
      range(AcledColumn.LONGITUDE, longitude, MAX_LONGITUDE);
    }
    OptionalInt geoPrecision = integer(AcledColumn.GEO_PRECISION);
    b.geoPrecision(geoPrecision);
    if (validation != AcledValidation.TYPES) {
      precisionCode(AcledColumn.TIME_PRECISION, timePrecision);
      precisionCode(AcledColumn.GEO_PRECISION, geoPrecision);
    }
    b.sources(list(AcledColumn.SOURCE));
    Optional<String> scale = optional(AcledColumn.SOURCE_SCALE);
    b.sourceScale(scale);
    b.notes(optional(AcledColumn.NOTES));
    OptionalInt fatalities = integer(AcledColumn.FATALITIES);
    if (fatalities.isPresent()) {
      if (fatalities.getAsInt() < 0) {
        problem(AcledColumn.FATALITIES, "must not be negative");
      }
      b.fatalities(fatalities.getAsInt());
    } else if (cell(AcledColumn.FATALITIES) == null) {
      problem(AcledColumn.FATALITIES, "is required");
    }
    b.tags(list(AcledColumn.TAGS));
    OptionalLong timestamp = longValue(AcledColumn.TIMESTAMP);
    // Unix seconds; past the year 9999 no date can hold it, and the model's Instant would overflow.
    if (timestamp.isPresent() && !AcledRecord.isTimestamp(timestamp.getAsLong())) {
      problem(AcledColumn.TIMESTAMP, "must be a Unix time in seconds from 0 to " + AcledRecord.MAX_TIMESTAMP);
    } else {
      b.timestamp(timestamp);
    }
    b.dataId(longValue(AcledColumn.DATA_ID));
    b.eventIdNoCnty(longValue(AcledColumn.EVENT_ID_NO_CNTY));
    b.iso3(optional(AcledColumn.ISO3));
    b.gwno(integer(AcledColumn.GWNO));
    for (int i = 0; i < extras.length; i++) {
      String raw = extras[i] < cells.size() ? cells.get(extras[i]) : "";
      String value = strip(raw);
      edgeSpaces |= value.length() != raw.length();
      b.putExtraColumn(extraKeys[i], value);
    }

    if (validation != AcledValidation.TYPES && errors == 0) {
      checkConsistency(year, date, type, sub, disorder, inter1, actor2, inter2, interaction, civilians, latitude,
          longitude, timePrecision, geoPrecision, scale);
    }
    if (errors > 0) {
      return null;
    }
    if (!problems.isEmpty()) {
      b.warnings(problems);
    }
    AcledRecord record = b.build();
    if (validation == AcledValidation.MODEL) {
      checkModel(record);
    }
    if (errors > 0 || !problems.isEmpty() && warningPolicy == WarningPolicy.REJECT) {
      return null;
    }
    AcledRecord read = withSpellings(record);
    if (keepRows) {
      keepRow(read);
    }
    return read;
  }

  /**
   * Makes each record keep the row it was parsed from, for writers of its layout to take as its cells (see
   * {@link AcledCells#cells}): for records that go from one reader to one writer, not for records held in numbers.
   */
  void keepRowsAsRead() {
    keepRows = true;
  }

  // The row as AcledCells gives a record's cells: as wide as the layout, no cell null, a list that cannot change.
  private void keepRow(AcledRecord record) {
    if (cells.size() != names.length) {
      return;
    }
    for (String cell : cells) {
      if (cell == null) {
        return;
      }
    }
    record.keepRowAsRead(new AcledRecord.RowAsRead(layout,
        Collections.unmodifiableList(Arrays.asList(cells.toArray(new String[0])))));
  }

  // The cells whose text differs from how the value is written, kept so that writing the record back in this layout
  // changes no cell.
  private AcledRecord withSpellings(AcledRecord record) {
    Map<String, Spelling> spellings = null;
    int width = Math.min(cells.size(), names.length);
    int n = edgeSpaces ? width : notText.length;
    for (int k = 0; k < n; k++) {
      int i = edgeSpaces ? k : notText[k];
      if (i >= width) {
        continue;
      }
      String raw = cells.get(i);
      if (writtenAsRead(spellingCheck[i], raw) || raw.equals(writtenAsRead[i])
          || raw.isEmpty() && blankStaysBlank[i]) {
        continue;
      }
      String written = canonical.cell(i, record);
      if (written.equals(raw)) {
        if (spellingCheck[i] == FORMAT && !raw.isEmpty()) {
          writtenAsRead[i] = raw;
        }
      } else {
        if (spellings == null) {
          spellings = new LinkedHashMap<>();
        }
        spellings.put(names[i], new Spelling(raw, written));
      }
    }
    return spellings == null ? record : AcledRecord.builder().from(record).spellings(spellings).build();
  }

  // Whether a cell is certainly written as it was read, found without formatting its value: most cells are.
  private static boolean writtenAsRead(byte check, String raw) {
    return switch (check) {
      case TEXT -> hasPlainEdges(raw);
      case WHOLE -> isPlainNumber(raw, false);
      case DECIMAL -> isPlainNumber(raw, true);
      case ISO_DATE -> raw.length() == 10 && raw.charAt(4) == '-' && raw.charAt(7) == '-' && raw.charAt(0) != '0';
      default -> false;
    };
  }

  // Digits with an optional minus, no leading zero, and for a decimal at most one dot with digits on both sides: the
  // text BigDecimal and Integer write back for the value they read from it.
  private static boolean isPlainNumber(String raw, boolean decimal) {
    int n = raw.length();
    int i = n > 0 && raw.charAt(0) == '-' ? 1 : 0;
    int digitsStart = i;
    int dot = -1;
    for (; i < n; i++) {
      char c = raw.charAt(i);
      if (c == '.' && decimal && dot < 0 && i > digitsStart) {
        dot = i;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    int intDigits = (dot < 0 ? n : dot) - digitsStart;
    return intDigits > 0 && (dot < 0 || dot < n - 1)
        && (intDigits == 1 || raw.charAt(digitsStart) != '0') && !(digitsStart == 1 && n == 2 && raw.charAt(1) == '0');
  }

  private static boolean hasPlainEdges(String raw) {
    if (raw.isEmpty()) {
      return true;
    }
    char first = raw.charAt(0);
    char last = raw.charAt(raw.length() - 1);
    return !isSpace(first) && !isSpace(last);
  }

  /**
   * White space of any kind at a cell's edge: what {@link Character#isWhitespace} or {@link Character#isSpaceChar}
   * says (the no-break spaces included), and the zero-width space and byte order mark that editors leave.
   */
  static boolean isSpace(char c) {
    return c <= ' ' ? c == ' ' || Character.isWhitespace(c)
        : c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF');
  }

  /** The cell without white space of any kind at its edges. */
  static String strip(String value) {
    int from = 0;
    int to = value.length();
    while (from < to && isSpace(value.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(value.charAt(to - 1))) {
      to--;
    }
    return from == 0 && to == value.length() ? value : value.substring(from, to);
  }

  List<DataProblem> problems() {
    return problems;
  }

  private boolean checkWidth() {
    String misfit = layout.misfit(cells);
    if (misfit != null) {
      problems.add(problemAt(null, null, misfit));
    }
    return misfit == null;
  }

  private void checkConsistency(OptionalInt year, LocalDate date, EventType type, Optional<SubEventType> sub,
      Set<DisorderType> disorder, Optional<ActorType> inter1, Optional<String> actor2, Optional<ActorType> inter2,
      Optional<Interaction> interaction, boolean civilians, BigDecimal latitude, BigDecimal longitude,
      OptionalInt timePrecision, OptionalInt geoPrecision, Optional<String> scale) {
    if (year.isPresent() && date.getYear() != year.getAsInt()) {
      warning(AcledColumn.YEAR, "does not match event_date (" + date + ")");
    }
    if (sub.isPresent() && sub.get().eventType() != type) {
      warning(AcledColumn.SUB_EVENT_TYPE, "belongs to \"" + sub.get().eventType().label() + "\", not to \""
          + type.label() + "\"");
    }
    if (sub.isPresent() && !disorder.isEmpty() && !disorder.equals(sub.get().disorderTypes())) {
      warning(AcledColumn.DISORDER_TYPE, "should be \"" + DisorderType.format(sub.get().disorderTypes()) + "\" for \""
          + sub.get().label() + "\"");
    }
    boolean dyadic = at[AcledColumn.ACTOR2.ordinal()] >= 0 && at[AcledColumn.INTER2.ordinal()] >= 0;
    if (dyadic && actor2.isPresent() != inter2.isPresent()) {
      warning(AcledColumn.INTER2, actor2.isPresent() ? "is blank (or 0) but there is an actor2"
          : "is set but there is no actor2");
    }
    if (dyadic && interaction.isPresent() && inter1.isPresent()
        && !interaction.get().equals(Interaction.of(inter1.get(), inter2))) {
      warning(AcledColumn.INTERACTION, "does not match inter1 and inter2 (expected "
          + Interaction.of(inter1.get(), inter2).code() + ": " + Interaction.of(inter1.get(), inter2).label() + ")");
    }
    if (civilians && type == EventType.BATTLES) {
      warning(AcledColumn.CIVILIAN_TARGETING, "is never set for Battles");
    }
    // Source scales repeat from row to row: the last valid one need not be parsed again.
    if (scale.isPresent() && !scale.get().equals(lastValidScale)) {
      try {
        SourceScale.parseList(scale.get());
        lastValidScale = scale.get();
      } catch (UnknownTermException e) {
        warning(AcledColumn.SOURCE_SCALE, "is not a list of source scales: " + e.getMessage());
      }
    }
  }

  private void checkModel(AcledRecord record) {
    List<Violation> violations = ModelValidator.standard().validate(AcledModelMapping.toEvent(record).catalog());
    for (Violation v : violations) {
      if (v.severity() == Severity.ERROR) {
        problems.add(problemAt(null, null, "breaks the model: " + v));
      }
    }
  }

  private void range(AcledColumn column, BigDecimal value, BigDecimal limit) {
    if (value.compareTo(limit) > 0 || value.compareTo(limit.negate()) < 0) {
      problem(column, "must be between -" + limit + " and " + limit);
    }
  }

  private void precisionCode(AcledColumn column, OptionalInt code) {
    if (code.isPresent() && (code.getAsInt() < 1 || code.getAsInt() > 3)) {
      warning(column, "should be 1, 2 or 3");
    }
  }

  private EventType eventType(AcledRecord.Builder b, Optional<ActorType> inter1, Optional<ActorType> inter2,
      Optional<SubEventType> sub) {
    String raw = required(AcledColumn.EVENT_TYPE);
    if (raw == null) {
      return null;
    }
    try {
      EventType type = EventType.parse(raw);
      b.eventType(type);
      return type;
    } catch (UnknownTermException e) {
      Optional<LegacyEventTypes.Mapped> legacy = LegacyEventTypes.map(raw, inter1, inter2);
      if (legacy.isEmpty()) {
        problem(AcledColumn.EVENT_TYPE, "is not an ACLED event type, current or from before 2019");
        return null;
      }
      b.eventType(legacy.get().eventType()).legacyEventType(raw);
      if (sub.isEmpty()) {
        legacy.get().subEventType().ifPresent(b::subEventType);
      }
      return legacy.get().eventType();
    }
  }

  private Set<DisorderType> disorderTypes() {
    String raw = cell(AcledColumn.DISORDER_TYPE);
    if (raw == null) {
      return EnumSet.noneOf(DisorderType.class);
    }
    try {
      return DisorderType.parseSet(raw);
    } catch (UnknownTermException e) {
      problem(AcledColumn.DISORDER_TYPE, "is not a disorder type (" + e.getMessage() + ")");
      return EnumSet.noneOf(DisorderType.class);
    }
  }

  private boolean civilianTargeting() {
    String raw = cell(AcledColumn.CIVILIAN_TARGETING);
    if (raw == null) {
      return false;
    }
    if (raw.equalsIgnoreCase("Civilian targeting") || raw.equalsIgnoreCase("Civilians targeted")) {
      return true;
    }
    problem(AcledColumn.CIVILIAN_TARGETING, "must be \"Civilian targeting\" or blank");
    return false;
  }

  private Optional<Interaction> interaction() {
    String raw = cell(AcledColumn.INTERACTION);
    if (raw == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Interaction.parse(raw));
    } catch (UnknownTermException e) {
      problem(AcledColumn.INTERACTION, "is not an interaction: " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<ActorType> actorType(AcledColumn column) {
    String raw = cell(column);
    try {
      return ActorType.parse(raw);
    } catch (UnknownTermException e) {
      problem(column, "is not an actor type (a code 0-8 or a label such as \"Rebel group\")");
      return Optional.empty();
    }
  }

  private <T> Optional<T> term(AcledColumn column, Function<String, T> parse) {
    String raw = cell(column);
    if (raw == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(raw));
    } catch (UnknownTermException e) {
      problem(column, "is not a " + e.vocabulary());
      return Optional.empty();
    }
  }

  private LocalDate date(OptionalInt year) {
    String raw = required(AcledColumn.EVENT_DATE);
    if (raw == null) {
      return null;
    }
    try {
      return AcledDates.parse(raw, year);
    } catch (DateTimeException e) {
      problem(AcledColumn.EVENT_DATE, e.getMessage());
      return null;
    }
  }

  private OptionalInt integer(AcledColumn column) {
    String raw = cell(column);
    if (raw == null) {
      return OptionalInt.empty();
    }
    long n = WholeNumbers.parse(raw);
    if (n == WholeNumbers.NOT_WHOLE) {
      problem(column, WholeNumbers.reason(raw));
      return OptionalInt.empty();
    }
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      problem(column, "is too large");
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) n);
  }

  private OptionalLong longValue(AcledColumn column) {
    String raw = cell(column);
    if (raw == null) {
      return OptionalLong.empty();
    }
    long value = WholeNumbers.parse(raw);
    if (value == WholeNumbers.NOT_WHOLE) {
      problem(column, WholeNumbers.reason(raw));
      return OptionalLong.empty();
    }
    return OptionalLong.of(value);
  }

  // A coordinate: a decimal number, or one written with a decimal comma, which cannot be a thousands separator in a
  // latitude or longitude.
  private BigDecimal decimal(AcledColumn column) {
    String raw = required(column);
    if (raw == null) {
      return null;
    }
    try {
      return new BigDecimal(raw);
    } catch (NumberFormatException e) {
      int comma = raw.indexOf(',');
      if (comma > 0 && comma == raw.lastIndexOf(',') && raw.indexOf('.') < 0 && comma < raw.length() - 1) {
        try {
          return new BigDecimal(raw.replace(',', '.'));
        } catch (NumberFormatException notWithACommaEither) {
          // Reported below.
        }
      }
      problem(column, "is not a decimal number");
      return null;
    }
  }

  private List<String> list(AcledColumn column) {
    String raw = cell(column);
    if (raw == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>(2);
    int start = 0;
    while (start <= raw.length()) {
      int end = raw.indexOf(';', start);
      if (end < 0) {
        end = raw.length();
      }
      String item = strip(raw.substring(start, end));
      if (!item.isEmpty()) {
        items.add(item);
      }
      start = end + 1;
    }
    return items;
  }

  private Optional<String> optional(AcledColumn column) {
    return Optional.ofNullable(cell(column));
  }

  private String required(AcledColumn column) {
    String value = cell(column);
    if (value == null) {
      problem(column, at[column.ordinal()] < 0 ? "is missing from the header" : "is required");
    }
    return value;
  }

  // The stripped cell, or null when blank or when the layout has no such column.
  private String cell(AcledColumn column) {
    int i = at[column.ordinal()];
    if (i < 0 || i >= cells.size()) {
      return null;
    }
    String value = cells.get(i);
    if (value.isEmpty()) {
      return null;
    }
    // Most cells start and end with a printable ASCII character, which is never white space: nothing to strip.
    char first = value.charAt(0);
    char last = value.charAt(value.length() - 1);
    if (first > ' ' && first < 0x7F && last > ' ' && last < 0x7F) {
      return value;
    }
    String stripped = strip(value);
    edgeSpaces |= stripped.length() != value.length();
    return stripped.isEmpty() ? null : stripped;
  }

  // An error: the row cannot be used.
  private void problem(AcledColumn column, String reason) {
    add(column, reason, Severity.ERROR);
  }

  // A warning: the row is usable but inconsistent.
  private void warning(AcledColumn column, String reason) {
    add(column, reason, Severity.WARNING);
  }

  private void add(AcledColumn column, String reason, Severity severity) {
    int i = at[column.ordinal()];
    String raw = i >= 0 && i < cells.size() ? cells.get(i) : null;
    problems.add(problemAt(i >= 0 ? layout.headers().get(i) : column.header(), raw == null || raw.isEmpty()
        ? null : raw, reason, severity));
  }

  private DataProblem problemAt(String column, String raw, String reason) {
    return problemAt(column, raw, reason, Severity.ERROR);
  }

  private DataProblem problemAt(String column, String raw, String reason, Severity severity) {
    if (severity == Severity.ERROR) {
      errors++;
    }
    DataLocation at = location();
    return new DataProblem(source, column == null ? at : at.member(column), column, raw, reason, severity);
  }

  private DataLocation location() {
    if (location == null) {
      location = rowLocation.get();
    }
    return location;
  }
}
