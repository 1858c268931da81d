package org.sahelevents.io.acled;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.Interaction;

/**
 * ACLED records as the cells of one layout: the single place where a record's values become text, shared by the CSV
 * writer and by every format that carries ACLED's columns (GeoJSON properties, Parquet columns). A cell is written as
 * the layout writes it: its date style, its actor type style (text or codes), lists joined by {@code "; "}, numbers in
 * plain notation, coordinates with the digits they were read with; cells missing from a record but implied by others
 * ({@code year}, {@code disorder_type}, {@code interaction}) are filled in, and an extra column's cell is the record's
 * value under that header.
 *
 * <pre>{@code
 * AcledCells cells = AcledCells.forLayout(records.layout());
 * List<String> row = cells.cells(record);       // in the order of cells.headers()
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AcledCells {
  // Years, counts, codes and precisions are small numbers that repeat from row to row: their text is made once.
  // Filled lazily; a race only makes the same immutable string twice.
  private static final String[] NUMBERS = new String[10_000];

  private final AcledLayout layout;
  private final SpellingPolicy spellings;
  private final String[] names;
  // Per position, the known column written there, or null for an extra column (or a repeated known one), whose cell
  // is then the record's extra column under extraKeys[position].
  private final AcledColumn[] columns;
  private final String[] extraKeys;
  private final List<String> numericNames;
  private final boolean hasSubEventType;

  private AcledCells(AcledLayout layout, SpellingPolicy spellings) {
    this.layout = layout;
    this.spellings = spellings;
    this.names = layout.names().toArray(String[]::new);
    int width = layout.headers().size();
    Map<AcledColumn, Integer> positions = layout.positions();
    columns = new AcledColumn[width];
    extraKeys = new String[width];
    List<String> numeric = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      AcledColumn column = layout.columns().get(i);
      if (column != null && positions.get(column) == i) {
        columns[i] = column;
        if (column.isNumeric()) {
          numeric.add(layout.names().get(i));
        }
      } else {
        extraKeys[i] = layout.extraKey(i);
      }
    }
    numericNames = List.copyOf(numeric);
    hasSubEventType = layout.has(AcledColumn.SUB_EVENT_TYPE);
  }

  /**
   * The cells of records written in {@code layout}: its columns, in its order, with its date and actor type style; a
   * record read in this layout keeps its cells as the file wrote them ({@link SpellingPolicy#AS_READ}).
   */
  public static AcledCells forLayout(AcledLayout layout) {
    return forLayout(layout, SpellingPolicy.AS_READ);
  }

  /** As {@link #forLayout(AcledLayout)}, with the cells of records read in this layout as {@code spellings} says. */
  public static AcledCells forLayout(AcledLayout layout, SpellingPolicy spellings) {
    return new AcledCells(Objects.requireNonNull(layout, "layout"), Objects.requireNonNull(spellings, "spellings"));
  }

  /** The layout the cells follow. */
  public AcledLayout layout() {
    return layout;
  }

  /** The header of each cell, in order: the layout's headers. */
  public List<String> headers() {
    return layout.headers();
  }

  /**
   * The name of each cell, unique, for formats with named fields: the header, or for a blank or repeated header the
   * name {@link AcledLayout#names()} gives it.
   */
  public List<String> names() {
    return layout.names();
  }

  /** The {@link #names() names} of the columns that hold numbers ({@link AcledColumn#isNumeric()}), in order. */
  public List<String> numericNames() {
    return numericNames;
  }

  /** Whether the cell at this position holds a number. */
  public boolean isNumeric(int position) {
    return columns[position] != null && columns[position].isNumeric();
  }

  /** The cells of a record, one per header. */
  public List<String> cells(AcledRecord record) {
    List<String> kept = cellsAsRead(record);
    if (kept != null) {
      return kept;
    }
    String[] cells = new String[columns.length];
    boolean asRead = keepsSpellingsOf(record);
    for (int i = 0; i < cells.length; i++) {
      cells[i] = asRead ? spelled(i, record) : canonical(i, record);
    }
    return Collections.unmodifiableList(Arrays.asList(cells));
  }

  /**
   * The cell of a record at this position; {@code ""} for a value the record does not have. A record read in this
   * layout gets the cell as its file wrote it, unless its value changed or the policy is
   * {@link SpellingPolicy#NORMALIZE}.
   */
  public String cell(int position, AcledRecord record) {
    List<String> kept = cellsAsRead(record);
    if (kept != null) {
      return kept.get(position);
    }
    return keepsSpellingsOf(record) ? spelled(position, record) : canonical(position, record);
  }

  /**
   * Whether the cell of a record at this position is its file's spelling ({@link Spelling#written()}) rather than the
   * text of its value: true only for a record read in this layout, under {@link SpellingPolicy#AS_READ}, whose file
   * wrote the cell otherwise ({@code "3.0"}, {@code "Reuters;AFP"}) and whose value did not change since.
   */
  public boolean keepsSpelling(int position, AcledRecord record) {
    if (!keepsSpellingsOf(record)) {
      return false;
    }
    Spelling spelling = record.spellings().get(names[position]);
    return spelling != null && spelling.canonical().equals(canonical(position, record));
  }

  // The row a record was read from, when its reader kept it and the cells are for its layout as read: by what
  // spellings keep, these are the cells the record's values give, so they are not made again. Called per cell by
  // column-wise writers, so without the Optional of record.layout().
  private List<String> cellsAsRead(AcledRecord record) {
    AcledRecord.RowAsRead row = record.rowAsRead();
    if (row == null || spellings != SpellingPolicy.AS_READ) {
      return null;
    }
    return row.layout() == layout || layout.equals(row.layout()) ? row.cells() : null;
  }

  // Spellings belong to the layout they were read in.
  private boolean keepsSpellingsOf(AcledRecord record) {
    return spellings == SpellingPolicy.AS_READ && !record.spellings().isEmpty()
        && record.layout().filter(layout::equals).isPresent();
  }

  private String spelled(int position, AcledRecord record) {
    String canonical = canonical(position, record);
    Spelling spelling = record.spellings().get(names[position]);
    return spelling != null && spelling.canonical().equals(canonical) ? spelling.written() : canonical;
  }

  private String canonical(int position, AcledRecord record) {
    AcledColumn column = columns[position];
    return column != null ? column.cell(record, this) : record.extraColumns().getOrDefault(extraKeys[position], "");
  }

  boolean hasSubEventType() {
    return hasSubEventType;
  }

  String number(int n) {
    return number((long) n);
  }

  // A whole-number column's cell: its number in plain notation, empty for none.
  String number(OptionalLong n) {
    return n.isPresent() ? number(n.getAsLong()) : "";
  }

  private String number(long n) {
    if (n < 0 || n >= NUMBERS.length) {
      return Long.toString(n);
    }
    String text = NUMBERS[(int) n];
    if (text == null) {
      text = Long.toString(n);
      NUMBERS[(int) n] = text;
    }
    return text;
  }

  // Written without mapping the Optionals, which would allocate on every cell.
  String actorType(Optional<ActorType> type) {
    if (layout.actorTypeStyle() == ActorTypeStyle.NUMERIC) {
      return number(type.isPresent() ? type.get().code() : 0);
    }
    return type.isPresent() ? type.get().label() : "";
  }

  String interaction(AcledRecord r) {
    Interaction interaction = r.interaction().orElse(null);
    if (interaction == null) {
      if (r.inter1().isEmpty()) {
        return "";
      }
      interaction = Interaction.of(r.inter1().get(), r.inter2());
    }
    return layout.actorTypeStyle() == ActorTypeStyle.NUMERIC ? number(interaction.code()) : interaction.label();
  }

  // Most lists hold none or one item: those need no joining.
  static String joined(List<String> items) {
    return items.isEmpty() ? "" : items.size() == 1 ? items.get(0) : String.join("; ", items);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AcledCells that && layout.equals(that.layout) && spellings == that.spellings;
  }

  @Override
  public int hashCode() {
    return layout.hashCode() * 31 + spellings.hashCode();
  }

  @Override
  public String toString() {
    return "AcledCells[" + layout + ", " + spellings + "]";
  }
}
