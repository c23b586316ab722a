package dev.tarjama;

import dev.tarjama.align.Alignment;
import dev.tarjama.align.AttentionAligner;
import dev.tarjama.align.AttentionExtraction;
import dev.tarjama.align.AttentionHead;
import dev.tarjama.align.LexicalTable;
import dev.tarjama.model.CrossAttention;
import dev.tarjama.model.ModelException;
import dev.tarjama.model.OnnxMarianModel;
import dev.tarjama.tokenize.MarianTokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs forced decoding for {@link Tarjama#align}: tokenises both sides, asks the model for its
 * cross-attention, and hands each chosen head to {@link AttentionAligner}. A side longer than the
 * model's positions is cut to fit; the words beyond stay unlinked. The lexical table, if any, is
 * read on the first alignment that uses it (about a second for the default model's), or when the
 * translator is built with word repair ({@link Tarjama.Builder#repairWords}), which needs it for
 * every translation.
 */
final class ModelAligner {
  /** The lexical table's file name in a model directory. */
  static final String LEXICAL_TABLE = "lexical_table.tsv.gz";

  private final OnnxMarianModel model;
  private final MarianTokenizer tokenizer;
  private final int maxPositions;
  private final Path lexicalTableFile;
  private volatile LexicalTable lexicalTable;

  /**
   * @param lexicalTableFile the lexical table to read when first needed, or null for none
   */
  ModelAligner(OnnxMarianModel model, MarianTokenizer tokenizer, Path lexicalTableFile) {
    this.model = model;
    this.tokenizer = tokenizer;
    this.maxPositions = model.config().maxPositionEmbeddings();
    this.lexicalTableFile = lexicalTableFile;
  }

  /** Whether alignments with {@link AttentionExtraction#lexicalPrior} use a table. */
  boolean hasLexicalTable() {
    return lexicalTableFile != null;
  }

  /** The lexical table, read on the first call; null if there is none. */
  LexicalTable lexicalTable() {
    LexicalTable table = lexicalTable;
    if (table == null && lexicalTableFile != null) {
      synchronized (this) {
        table = lexicalTable;
        if (table == null) {
          try {
            table = LexicalTable.read(lexicalTableFile);
          } catch (IOException e) {
            throw new ModelException(
                "cannot read the lexical table " + lexicalTableFile + ": " + e.getMessage(), e);
          }
          lexicalTable = table;
        }
      }
    }
    return table;
  }

  /**
   * The default head, chosen with the AlignBenchmark on the gold set (see NOTES-align.md): the mean
   * of all heads of the last decoder layer, read at the predicting position. On the round-1 model
   * (no guided alignment) it was the best layer mean (61.0 AER against 63.5 for head 0); on every
   * checkpoint of the round-2 model, whose head 0 of the last layer was trained towards fast_align
   * links, the mean stayed as good as or better than head 0 (e.g. 29.1 against 30.3 with the
   * default extraction), so one rule serves models with and without guided alignment. Another head
   * is one {@link AttentionHead} away ({@code --layer/--head} on the command line).
   */
  AttentionHead defaultHead() {
    return new AttentionHead(model.config().decoderLayers() - 1, -1, false);
  }

  /** The default alignment ({@link Tarjama#align(String, String)}): default head and extraction. */
  Alignment align(String source, String target) {
    return align(source, target, List.of(defaultHead()), AttentionExtraction.DEFAULTS).get(0);
  }

  List<AttentionHead> allHeads() {
    List<AttentionHead> heads = new ArrayList<>();
    for (int layer = 0; layer < model.config().decoderLayers(); layer++) {
      for (int head = 0; head < model.config().decoderHeads(); head++) {
        heads.add(new AttentionHead(layer, head, false));
      }
    }
    return List.copyOf(heads);
  }

  List<Alignment> align(
      String source, String target, List<AttentionHead> heads, AttentionExtraction extraction) {
    for (AttentionHead head : heads) {
      if (head.layer() >= model.config().decoderLayers()
          || head.head() >= model.config().decoderHeads()) {
        throw new IllegalArgumentException(
            head
                + " does not exist: the model has "
                + model.config().decoderLayers()
                + " decoder layers of "
                + model.config().decoderHeads()
                + " heads");
      }
    }
    List<String> sourcePieces = tokenizer.sourcePieces(source);
    int[] sourceIds = tokenizer.encode(source);
    List<String> targetPieces = tokenizer.targetPieces(target);
    int[] targetIds = tokenizer.encodeTarget(target);
    List<Alignment> result = new ArrayList<>();
    if (source.isBlank() || target.isBlank() || sourceIds.length <= 1 || targetIds.length <= 1) {
      heads.forEach(h -> result.add(Alignment.unaligned(source, target)));
      return result;
    }
    if (sourceIds.length != sourcePieces.size() + 1) {
      // A special piece written in the text (e.g. "<unk>") became one id: align pieces by position.
      sourcePieces = sourcePieces.subList(0, Math.min(sourcePieces.size(), sourceIds.length - 1));
    }
    sourceIds = fit(sourceIds, tokenizer.eosId());
    targetIds = fit(targetIds, tokenizer.eosId());
    sourcePieces = sourcePieces.subList(0, Math.min(sourcePieces.size(), sourceIds.length - 1));
    targetPieces = targetPieces.subList(0, Math.min(targetPieces.size(), targetIds.length - 1));
    CrossAttention attention = model.crossAttention(sourceIds, targetIds);
    LexicalTable table = extraction.lexicalPrior() ? lexicalTable() : null;
    for (AttentionHead head : heads) {
      float[][] matrix = attention.matrix(head.layer(), head.head());
      result.add(
          AttentionAligner.align(
              source,
              sourcePieces,
              target,
              targetPieces,
              matrix,
              head.shifted(),
              extraction,
              table));
    }
    return result;
  }

  private int[] fit(int[] ids, int eos) {
    if (ids.length <= maxPositions) {
      return ids;
    }
    int[] cut = Arrays.copyOf(ids, maxPositions);
    cut[maxPositions - 1] = eos;
    return cut;
  }
}
