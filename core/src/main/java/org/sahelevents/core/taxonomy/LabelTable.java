package org.sahelevents.core.taxonomy;

import java.util.Map;

/**
 * Values by their exact labels, for labels read from a file's cells: a new string each row, whose
 * {@link String#hashCode()} would read every character before a map could look it up. Here a label's slot comes
 * from its length and three of its characters, and one {@link String#equals} settles it. Immutable and thread-safe.
 */
final class LabelTable<V> {
  private final String[] labels;
  private final Object[] values;
  private final int mask;

  LabelTable(Map<String, V> byLabel) {
    // At most a quarter full: probes are short, and a miss soon meets an empty slot.
    int size = Integer.highestOneBit(Math.max(4, byLabel.size() * 4 - 1)) << 1;
    labels = new String[size];
    values = new Object[size];
    mask = size - 1;
    byLabel.forEach((label, value) -> {
      int i = slot(label, mask);
      while (labels[i] != null) {
        i = i + 1 & mask;
      }
      labels[i] = label;
      values[i] = value;
    });
  }

  private static int slot(String label, int mask) {
    int n = label.length();
    int h = n == 0 ? 0 : ((n * 31 + label.charAt(0)) * 31 + label.charAt(n >> 1)) * 31 + label.charAt(n - 1);
    h *= 0x9E3779B9;
    return (h ^ h >>> 16) & mask;
  }

  /** The value of exactly this label, or null. */
  @SuppressWarnings("unchecked")
  V get(String label) {
    for (int i = slot(label, mask); labels[i] != null; i = i + 1 & mask) {
      if (labels[i].equals(label)) {
        return (V) values[i];
      }
    }
    return null;
  }
}
