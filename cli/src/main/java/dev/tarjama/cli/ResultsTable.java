package dev.tarjama.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The multi-system table sacreBLEU prints with {@code tabulate(..., tablefmt='fancy_grid',
 * colalign=('right',), stralign='center')}: box-drawing borders, one space of padding, columns at
 * least two characters wider than their header, the first column right-aligned and the others
 * centred (extra space on the right), multi-line cells padded line by line. Not thread-safe.
 */
final class ResultsTable {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  ResultsTable(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  /** Adds a row; a cell may hold several lines separated by {@code \n}. */
  void addRow(List<String> cells) {
    rows.add(List.copyOf(cells));
  }

  /** The table, lines separated by {@code \n}, no final newline. */
  String render() {
    int columns = headers.size();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = headers.get(c).length() + 2;
      for (List<String> row : rows) {
        for (String line : row.get(c).split("\n", -1)) {
          widths[c] = Math.max(widths[c], line.length());
        }
      }
    }
    List<String> out = new ArrayList<>();
    out.add(border('╒', '═', '╤', '╕', widths));
    out.add(line(headers, widths));
    out.add(border('╞', '═', '╪', '╡', widths));
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      int height = 1;
      List<String[]> split = new ArrayList<>();
      for (String cell : row) {
        String[] lines = cell.split("\n", -1);
        split.add(lines);
        height = Math.max(height, lines.length);
      }
      for (int h = 0; h < height; h++) {
        List<String> cells = new ArrayList<>();
        for (String[] lines : split) {
          cells.add(h < lines.length ? lines[h] : "");
        }
        out.add(line(cells, widths));
      }
      out.add(
          r == rows.size() - 1
              ? border('╘', '═', '╧', '╛', widths)
              : border('├', '─', '┼', '┤', widths));
    }
    if (rows.isEmpty()) {
      out.add(border('╘', '═', '╧', '╛', widths));
    }
    return String.join("\n", out);
  }

  private static String border(char left, char fill, char middle, char right, int[] widths) {
    StringBuilder out = new StringBuilder().append(left);
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        out.append(middle);
      }
      out.append(String.valueOf(fill).repeat(widths[c] + 2));
    }
    return out.append(right).toString();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder out = new StringBuilder("│");
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        out.append('│');
      }
      String cell = cells.get(c);
      int space = widths[c] - cell.length();
      String padded =
          c == 0
              ? " ".repeat(space) + cell
              : " ".repeat(space / 2) + cell + " ".repeat(space - space / 2);
      out.append(' ').append(padded).append(' ');
    }
    return out.append('│').toString();
  }
}
