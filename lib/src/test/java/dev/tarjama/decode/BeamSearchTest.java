package dev.tarjama.decode;

import static dev.tarjama.decode.Tables.A;
import static dev.tarjama.decode.Tables.EOS;
import static dev.tarjama.decode.Tables.IDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tarjama.model.DecoderState;
import dev.tarjama.model.Seq2SeqModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The public entry point: argument checks, one encoder run per batch, thread safety. */
class BeamSearchTest {

  private static final DecodeOptions OPTIONS =
      DecodeOptions.DEFAULTS.withBeamSize(2).withNumHypotheses(2).withMaxLength(8);

  private static ScriptedModel twoSourceModel() {
    Map<String, double[]> table = new HashMap<>(Tables.forSource(0, Tables.scenarioA()));
    table.putAll(Tables.forSource(1, Tables.scenarioB()));
    return Tables.model(table);
  }

  @Test
  void emptyBatchNeverStartsTheModel() {
    ScriptedModel model = twoSourceModel();
    assertEquals(List.of(), new BeamSearch(model, IDS).search(new int[0][], OPTIONS));
    assertEquals(List.of(), model.calls());
  }

  @Test
  void encoderRunsOncePerBatchAndTheStateIsClosed() {
    for (int beams : new int[] {1, 2}) {
      ScriptedModel model = twoSourceModel();
      new BeamSearch(model, IDS)
          .search(
              new int[][] {{A, EOS}, {A, EOS}}, OPTIONS.withNumHypotheses(1).withBeamSize(beams));
      assertEquals(List.of("start sources=2 perSource=" + beams, "close"), model.calls());
    }
  }

  @Test
  void sourcesAreCheckedAndNotModified() {
    BeamSearch search = new BeamSearch(twoSourceModel(), IDS);
    IllegalArgumentException empty =
        assertThrows(
            IllegalArgumentException.class, () -> search.search(new int[][] {{}}, OPTIONS));
    assertTrue(empty.getMessage().contains("sourceIds[0] must not be empty"), empty.getMessage());
    IllegalArgumentException outside =
        assertThrows(
            IllegalArgumentException.class,
            () -> search.search(new int[][] {{A, EOS}, {6, EOS}}, OPTIONS));
    assertTrue(outside.getMessage().contains("sourceIds[1] holds id 6"), outside.getMessage());
    assertThrows(NullPointerException.class, () -> search.search(null, OPTIONS));
    assertThrows(NullPointerException.class, () -> search.search(new int[][] {{A}}, null));
    int[][] sources = {{A, EOS}};
    search.search(sources, OPTIONS);
    assertArrayEquals(new int[] {A, EOS}, sources[0]);
  }

  @Test
  void idsOutsideTheVocabularyAreRejected() {
    ScriptedModel model = twoSourceModel();
    assertThrows(
        IllegalArgumentException.class, () -> new BeamSearch(model, new SpecialIds(6, 0, 6)));
    BeamSearch search = new BeamSearch(model, IDS);
    assertThrows(
        IllegalArgumentException.class,
        () -> search.search(new int[][] {{A, EOS}}, OPTIONS.withBadWordsIds(List.of(List.of(9)))));
  }

  @Test
  void aModelReturningTheWrongNumberOfLogitsFailsWithTheSizes() {
    Seq2SeqModel broken =
        new Seq2SeqModel() {
          @Override
          public int vocabSize() {
            return Tables.VOCAB;
          }

          @Override
          public DecoderState start(int[][] sourceIds, int rowsPerSource) {
            return new DecoderState() {
              @Override
              public int rows() {
                return sourceIds.length * rowsPerSource;
              }

              @Override
              public float[] step(int[] tokens) {
                return new float[4];
              }

              @Override
              public void reorder(int[] origins) {}

              @Override
              public void close() {}
            };
          }
        };
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class,
            () -> new BeamSearch(broken, IDS).search(new int[][] {{A, EOS}}, OPTIONS));
    assertTrue(error.getMessage().contains("rows * vocabSize = 2 * 6"), error.getMessage());
  }

  @Test
  void oneInstanceServesEightThreadsWithTheSameResults() throws Exception {
    BeamSearch search = new BeamSearch(twoSourceModel(), IDS);
    int[][] sources = {{A, EOS}, {A, EOS}};
    List<List<Hypothesis>> expected = search.search(sources, OPTIONS);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<List<Hypothesis>>>> tasks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        DecodeOptions options = i % 2 == 0 ? OPTIONS : OPTIONS.withNumHypotheses(1).withBeamSize(1);
        tasks.add(() -> search.search(sources, options));
      }
      List<List<Hypothesis>> greedy =
          search.search(sources, OPTIONS.withNumHypotheses(1).withBeamSize(1));
      List<Future<List<List<Hypothesis>>>> futures = pool.invokeAll(tasks);
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(i % 2 == 0 ? expected : greedy, futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
