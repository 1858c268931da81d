package org.sahelevents.io.geojson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The columns of a table as flat feature properties, prepared once for writing many rows with
 * {@link GeoJsonWriter.Output#write(Object, org.locationtech.jts.geom.Geometry, PropertyColumns, List)}: their
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

  /**
   * Columns named after a table's header, such as a CSV file's, whatever it holds: a blank header becomes
   * {@code column N} and a repeated one {@code header (column N)}, N counting from 1, so that every cell keeps a
   * property of its own.
   */
  public static PropertyColumns forHeaders(List<String> headers, Set<String> numericNames) {
    Set<String> taken = new HashSet<>(headers);
    Set<String> used = new HashSet<>();
    List<String> names = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      String header = Objects.requireNonNull(headers.get(i), "header");
      String name = header.isBlank() ? "column " + (i + 1) : header;
      if (!used.add(name)) {
        name = header + " (column " + (i + 1) + ")";
        while (taken.contains(name) || !used.add(name)) {
          name = name + "'";
        }
      }
      names.add(name);
    }
    return new PropertyColumns(names, numericNames);
  }

  /** These columns followed by {@code more}, for rows that carry computed values after a table's own cells. */
  public PropertyColumns followedBy(List<String> more, Set<String> moreNumeric) {
    List<String> all = new ArrayList<>(names);
    all.addAll(more);
    Set<String> numbers = new HashSet<>(numericNames);
    numbers.addAll(moreNumeric);
    return new PropertyColumns(all, numbers);
  }

  /** The property names, in the order they are written. */
  public List<String> names() {
    return names;
  }

  /** The names of the columns that hold numbers. */
  public Set<String> numericNames() {
    return numericNames;
  }

  /** Only numbers whose text a JSON number keeps exactly: no exponent, no leading zeros, no plus sign. */
  static boolean isPlainNumber(String v) {
    // Characters past Latin-1 become question marks, which are not part of a number either.
    byte[] text = v.getBytes(StandardCharsets.ISO_8859_1);
    return RowJson.isPlainNumber(text, 0, text.length);
  }
}
