package org.floorready.reporting.control;

/**
 * Small-cell suppression of a table of counts with its totals. Every count under {@value #MIN} is
 * hidden ("<5"); then, wherever a hidden count could be worked out exactly from a total and the
 * counts shown next to it, the smallest other count of that line is hidden as well (complementary
 * suppression), until no hidden count can be worked out from any line.
 *
 * <p>The table is {@code counts[row][column]}; a last column holds the row totals when {@code
 * rowTotals}, a last row the column totals when {@code columnTotals} (the corner is the grand
 * total). A reader knows that a "<5" cell is 0 to 4 and a complementary cell at least 5.
 */
public final class Suppression {
  public static final int MIN = 5;

  private final long[][] counts;
  private final boolean rowTotals;
  private final boolean columnTotals;
  private final boolean[][] hidden;

  /** Suppresses {@code counts} (which already include the totals rows and columns). */
  public Suppression(long[][] counts, boolean rowTotals, boolean columnTotals) {
    this.counts = counts;
    this.rowTotals = rowTotals;
    this.columnTotals = columnTotals;
    this.hidden = new boolean[counts.length][];
    for (int r = 0; r < counts.length; r++) {
      hidden[r] = new boolean[counts[r].length];
      for (int c = 0; c < counts[r].length; c++) {
        hidden[r][c] = counts[r][c] < MIN;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      int rows = counts.length;
      int columns = rows == 0 ? 0 : counts[0].length;
      if (rowTotals) {
        for (int r = 0; r < rows; r++) {
          changed |= protect(line(r, 0, 0, 1, columns));
        }
      }
      if (columnTotals) {
        for (int c = 0; c < columns; c++) {
          changed |= protect(line(0, c, 1, 0, rows));
        }
      }
    }
  }

  /** Whether the count is hidden. */
  public boolean hidden(int row, int column) {
    return hidden[row][column];
  }

  /** What the table shows: the count, "<5", or "—" for a count of 5 or more hidden to protect. */
  public Object shown(int row, int column) {
    if (!hidden[row][column]) {
      return counts[row][column];
    }
    return counts[row][column] < MIN ? "<" + MIN : "—";
  }

  /** The cells of one line, its total last. */
  private int[][] line(int row, int column, int dRow, int dColumn, int length) {
    int[][] cells = new int[length][];
    for (int i = 0; i < length; i++) {
      cells[i] = new int[] {row + i * dRow, column + i * dColumn};
    }
    return cells;
  }

  /**
   * If the line's total is shown and a hidden cell's value follows from it, hides the smallest
   * shown cell (or, when none is left, the total).
   */
  private boolean protect(int[][] line) {
    int last = line.length - 1;
    if (hidden[line[last][0]][line[last][1]] || !exposed(line)) {
      return false;
    }
    int smallest = -1;
    for (int i = 0; i < last; i++) {
      if (!hidden[line[i][0]][line[i][1]]
          && (smallest < 0
              || counts[line[i][0]][line[i][1]] < counts[line[smallest][0]][line[smallest][1]])) {
        smallest = i;
      }
    }
    int[] cell = smallest < 0 ? line[last] : line[smallest];
    hidden[cell[0]][cell[1]] = true;
    return true;
  }

  /** Whether some hidden cell of the line is pinned to one value by the total and the rest. */
  private boolean exposed(int[][] line) {
    int last = line.length - 1;
    long rest = counts[line[last][0]][line[last][1]];
    for (int i = 0; i < last; i++) {
      int[] c = line[i];
      if (!hidden[c[0]][c[1]]) {
        rest -= counts[c[0]][c[1]];
      }
    }
    for (int i = 0; i < last; i++) {
      int[] c = line[i];
      if (!hidden[c[0]][c[1]]) {
        continue;
      }
      long othersLow = 0;
      boolean othersUnbounded = false;
      long othersHigh = 0;
      for (int j = 0; j < last; j++) {
        int[] o = line[j];
        if (j != i && hidden[o[0]][o[1]]) {
          othersLow += low(o);
          othersUnbounded |= high(o) == Long.MAX_VALUE;
          othersHigh += othersUnbounded ? 0 : high(o);
        }
      }
      long min = othersUnbounded ? low(c) : Math.max(low(c), rest - othersHigh);
      long max = Math.min(high(c), rest - othersLow);
      if (min == max) {
        return true;
      }
    }
    return false;
  }

  /** What a reader knows of a hidden cell: "<5" is 0 to 4, "—" is 5 or more. */
  private long low(int[] c) {
    return counts[c[0]][c[1]] < MIN ? 0 : MIN;
  }

  private long high(int[] c) {
    return counts[c[0]][c[1]] < MIN ? MIN - 1 : Long.MAX_VALUE;
  }
}
