package org.sahelevents.io.geojson;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of a table as flat feature properties, prepared once for writing many rows with
 * {@link GeoJsonWriter.Output#writeRow(String, org.locationtech.jts.geom.Geometry, PropertyColumns, List)}: their
 * property names, and which of them hold numbers. A numeric column's cell is written as a JSON number when its text
 * is a plain decimal that a JSON number keeps exactly (no exponent, no leading zeros, no plus sign), and as text
 * otherwise, so that nothing is lost; other cells are text.
 *
 * <p>Immutable and thread-safe.
 */
public final class PropertyColumns {
  private final List<String> names;
  private final Set<String> numericNames;
  // Per column, its name as a member starts: "name":
  final byte[][] quotedNames;
  final boolean[] numeric;

  private PropertyColumns(List<String> names, Set<String> numericNames) {
    this.names = List.copyOf(names);
    this.numericNames = Set.copyOf(numericNames);
    this.quotedNames = new byte[names.size()][];
    this.numeric = new boolean[names.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!seen.add(name)) {
        throw new IllegalArgumentException("property " + name + " is named twice");
      }
      quotedNames[i] = RowJson.member(name);
      numeric[i] = numericNames.contains(name);
    }
  }

  /**
   * Columns with these property names, those in {@code numericNames} holding numbers.
   *
   * @throws IllegalArgumentException if a name is repeated: a feature's properties have one value per name
   */
  public static PropertyColumns of(List<String> names, Set<String> numericNames) {
    return new PropertyColumns(names, numericNames);
  }

  /** The property names, in the order they are written. */
  public List<String> names() {
    return names;
  }

  /** The names of the columns that hold numbers. */
  public Set<String> numericNames() {
    return numericNames;
  }

  /**
   * One row's cells as a properties object, typed as {@link GeoJsonWriter.Output#writeRow} writes them: a numeric
   * column's plain number becomes a JSON number, a {@code null} cell is left out, every other cell is text.
   *
   * @throws IllegalArgumentException if the cells do not match the columns
   */
  public ObjectNode properties(List<String> cells) {
    if (cells.size() != names.size()) {
      throw new IllegalArgumentException(cells.size() + " cells for " + names.size() + " columns");
    }
    ObjectNode properties = JsonNodeFactory.withExactBigDecimals(true).objectNode();
    for (int i = 0; i < names.size(); i++) {
      String cell = cells.get(i);
      if (cell == null) {
        continue;
      }
      if (numeric[i] && isPlainNumber(cell)) {
        properties.put(names.get(i), new BigDecimal(cell));
      } else {
        properties.put(names.get(i), cell);
      }
    }
    return properties;
  }

  /** Only numbers whose text a JSON number keeps exactly: no exponent, no leading zeros, no plus sign. */
  static boolean isPlainNumber(String v) {
    return RowJson.isPlainNumber(v);
  }
}
