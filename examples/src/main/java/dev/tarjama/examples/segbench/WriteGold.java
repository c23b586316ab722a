package dev.tarjama.examples.segbench;

import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the committed NTREX-128 and UN gold files from {@code ../shared/data}:
 * {@code java ... dev.tarjama.examples.segbench.WriteGold ../shared/data lib/src/test/resources/segment/gold}.
 * PADT is never written (CC BY-NC-SA).
 */
public final class WriteGold {
  private WriteGold() {}

  /** Arguments: the shared data directory and the output directory. */
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    GoldSources.write(out.resolve("ntrex128-ar.gold"), List.of(
        "NTREX-128 Arabic (newstest2019-ref.arb), CC BY-SA 4.0; see README.md in this folder."),
        GoldSources.ntrex(data));
    GoldSources.write(out.resolve("un-dev-ar.gold"), List.of(
        "UN Parallel Corpus v1.0 devset (Arabic), UN terms; see README.md in this folder."),
        GoldSources.un(data));
  }
}
