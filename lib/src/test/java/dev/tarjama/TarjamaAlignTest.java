package dev.tarjama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tarjama.align.Alignment;
import dev.tarjama.align.AlignmentLink;
import dev.tarjama.align.AttentionExtraction;
import dev.tarjama.align.AttentionHead;
import dev.tarjama.model.ModelLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forced-decoding alignment through the facade, on the random-weight fixture. */
class TarjamaAlignTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixture");
  private static final String ARABIC = "قال إنه صنع جرس باب يعمل بتقنية واي فاي.";
  private static final String ENGLISH = "He built a WiFi door bell, he said.";

  /** The hand-made table align_reference.py wrote for its lexical-prior records. */
  private static final Path TABLE =
      Path.of("src/test/resources/align-reference/lexical_table.tsv.gz");

  private static Tarjama merged;
  private static Tarjama split;
  private static Tarjama withTable;

  @BeforeAll
  static void load() {
    merged = Tarjama.builder(FIXTURE.resolve("merged")).build();
    split = Tarjama.builder(FIXTURE.resolve("split")).layout(ModelLayout.SPLIT).build();
    withTable = Tarjama.builder(FIXTURE.resolve("merged")).lexicalTable(TABLE).build();
  }

  @AfterAll
  static void close() {
    merged.close();
    split.close();
    withTable.close();
  }

  @Test
  void aGivenTableRepairsWordsOnlyWhenAskedAndTheModelsOwnByDefault(@TempDir Path dir)
      throws IOException {
    assertFalse(merged.repairsWords(), "no table, no word repair");
    // another corpus's table: its English words are not the model's
    assertFalse(withTable.repairsWords());
    try (Tarjama asked =
        Tarjama.builder(FIXTURE.resolve("merged")).lexicalTable(TABLE).repairWords(true).build()) {
      assertTrue(asked.repairsWords());
    }
    // the model directory's own table
    Path own = dir.resolve("model");
    Files.createDirectory(own);
    try (var files = Files.list(FIXTURE.resolve("merged"))) {
      for (Path file : files.toList()) {
        Files.copy(file, own.resolve(file.getFileName()));
      }
    }
    Files.copy(TABLE, own.resolve("lexical_table.tsv.gz"));
    try (Tarjama byDefault = Tarjama.builder(own).build();
        Tarjama off = Tarjama.builder(own).repairWords(false).build()) {
      assertTrue(byDefault.repairsWords());
      assertFalse(off.repairsWords());
    }
  }

  @Test
  void defaultAlignmentIsTheReferenceOfTheDefaultHeadAndExtraction() throws IOException {
    assertFalse(merged.hasLexicalTable());
    assertTrue(withTable.hasLexicalTable());
    // without a table the lexical prior has no effect
    assertEquals(
        expectedPharaoh(AttentionExtraction.DEFAULTS.withLexicalPrior(false)),
        merged.align(ARABIC, ENGLISH).pharaoh());
    assertEquals(
        expectedPharaoh(AttentionExtraction.DEFAULTS), withTable.align(ARABIC, ENGLISH).pharaoh());
    assertNotEquals(
        merged.align(ARABIC, ENGLISH).pharaoh(), withTable.align(ARABIC, ENGLISH).pharaoh());
  }

  private static String expectedPharaoh(AttentionExtraction wanted) throws IOException {
    for (JsonObject r : reference()) {
      if (r.get("target").getAsString().equals(ENGLISH)
          && head(r).equals(merged.defaultAttentionHead())
          && extraction(r).equals(wanted)) {
        return r.get("pharaoh").getAsString();
      }
    }
    throw new AssertionError("the reference has no record of " + wanted);
  }

  @Test
  void defaultHeadAndWords() {
    Alignment alignment = merged.align(ARABIC, ENGLISH);
    assertEquals(new AttentionHead(1, -1, false), merged.defaultAttentionHead());
    assertEquals(10, alignment.sourceWords().size());
    assertEquals(10, alignment.targetWords().size());
    assertEquals(
        "WiFi",
        ENGLISH.substring(
            alignment.targetWords().get(3).start(), alignment.targetWords().get(3).end()));
  }

  @Test
  void missingLexicalTableIsNamed() {
    Path missing = FIXTURE.resolve("no-such-table.tsv.gz");
    TarjamaException e =
        assertThrows(
            TarjamaException.class,
            () -> Tarjama.builder(FIXTURE.resolve("merged")).lexicalTable(missing).build());
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void unreadableLexicalTableIsNamedOnFirstUse(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("table.tsv.gz"), "not gzip");
    // Without word repair, which reads the table in build() (MalformedModelTest), only the
    // alignments that use the table read it.
    try (Tarjama mt =
        Tarjama.builder(FIXTURE.resolve("merged")).lexicalTable(bad).repairWords(false).build()) {
      TarjamaException e = assertThrows(TarjamaException.class, () -> mt.align(ARABIC, ENGLISH));
      assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
      // attention alone still works
      assertEquals(
          merged.align(ARABIC, ENGLISH).pharaoh(),
          mt.align(
                  ARABIC,
                  ENGLISH,
                  List.of(mt.defaultAttentionHead()),
                  AttentionExtraction.DEFAULTS.withLexicalPrior(false))
              .get(0)
              .pharaoh());
    }
  }

  @Test
  void rewrittenExportAlignsLikeTheExportWithAttentionOutputs() {
    List<AttentionHead> heads =
        List.of(new AttentionHead(0, -1, false), new AttentionHead(1, 2, true));
    List<Alignment> a = merged.align(ARABIC, ENGLISH, heads);
    List<Alignment> b = split.align(ARABIC, ENGLISH, heads);
    for (int h = 0; h < heads.size(); h++) {
      assertEquals(b.get(h).pharaoh(), a.get(h).pharaoh());
      for (int k = 0; k < a.get(h).links().size(); k++) {
        AlignmentLink x = a.get(h).links().get(k);
        AlignmentLink y = b.get(h).links().get(k);
        assertEquals(y.weight(), x.weight(), 1e-5f);
      }
    }
  }

  /**
   * Every record of align-reference/fixture-alignments.jsonl: links and weights that
   * models/fixture/align_reference.py computed from the PyTorch fixture model's attention with an
   * independent Python implementation of the extraction rules.
   */
  @Test
  void alignmentsMatchThePyTorchReference() throws IOException {
    List<JsonObject> records = reference();
    assertEquals(216, records.size());
    for (JsonObject r : records) {
      Alignment alignment =
          withTable
              .align(
                  r.get("source").getAsString(),
                  r.get("target").getAsString(),
                  List.of(head(r)),
                  extraction(r))
              .get(0);
      String what = head(r) + "; " + extraction(r) + ": " + r.get("target").getAsString();
      assertEquals(r.get("pharaoh").getAsString(), alignment.pharaoh(), what);
      JsonArray weights = r.getAsJsonArray("weights");
      for (int k = 0; k < weights.size(); k++) {
        assertEquals(weights.get(k).getAsFloat(), alignment.links().get(k).weight(), 1e-4f, what);
      }
    }
  }

  /**
   * The records of align-reference/fixture-alignments.jsonl: links and weights that
   * models/fixture/align_reference.py computed from the PyTorch fixture model's attention with an
   * independent Python implementation of the extraction rules.
   */
  private static List<JsonObject> reference() throws IOException {
    return Files.readAllLines(
            Path.of("src/test/resources/align-reference/fixture-alignments.jsonl"),
            StandardCharsets.UTF_8)
        .stream()
        .map(line -> JsonParser.parseString(line).getAsJsonObject())
        .toList();
  }

  private static AttentionHead head(JsonObject r) {
    return new AttentionHead(r.get("layer").getAsInt(), r.get("head").getAsInt(), false);
  }

  private static AttentionExtraction extraction(JsonObject r) {
    return new AttentionExtraction(
        AttentionExtraction.Pooling.valueOf(upper(r, "pooling")),
        AttentionExtraction.Rule.valueOf(upper(r, "rule")),
        r.get("eos_is_null").getAsBoolean(),
        r.get("diagonal_prior").getAsBoolean(),
        r.get("punctuation_apart").getAsBoolean(),
        r.get("lexical_prior").getAsBoolean(),
        r.get("article_takes_next_word").getAsBoolean());
  }

  private static String upper(JsonObject record, String key) {
    return record.get(key).getAsString().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  @Test
  void emptySidesGiveEmptyAlignments() {
    assertTrue(merged.align("", ENGLISH).links().isEmpty());
    assertEquals(10, merged.align("", ENGLISH).targetWords().size());
    assertTrue(merged.align(ARABIC, "  ").links().isEmpty());
    assertTrue(merged.align("\u200f", "").links().isEmpty());
  }

  @Test
  void unlikelyAndOverlongEnglishStillAligns() {
    String nonsense = "<unk> zzqx ☃ 12345 the the the ".repeat(40);
    // Target argmax links every English word within the model's 256 positions (the rest is cut).
    AttentionExtraction everyWord =
        AttentionExtraction.DEFAULTS.withRule(AttentionExtraction.Rule.TARGET_ARGMAX);
    Alignment alignment =
        merged.align(ARABIC, nonsense, List.of(merged.defaultAttentionHead()), everyWord).get(0);
    assertTrue(alignment.links().size() > 50, "links: " + alignment.links().size());
    // The default rule (agreement) leaves a word unlinked where the attention agrees on nothing,
    // as the fixture's random attention over repeated nonsense may; it still aligns every word.
    Alignment byDefault = merged.align(ARABIC, nonsense);
    assertEquals(alignment.targetWords(), byDefault.targetWords());
    for (Alignment a : List.of(alignment, byDefault)) {
      for (AlignmentLink link : a.links()) {
        assertTrue(link.sourceWord() < 10);
      }
    }
  }

  @Test
  void unknownHeadIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> merged.align(ARABIC, ENGLISH, List.of(new AttentionHead(2, 0, false))));
  }

  @Test
  void translateAndAlignAlignsEachPieceWithItsEnglish() {
    String text = "وقال الوزير إن المحادثات كانت مثمرة. وأضاف أنها شاملة.";
    AlignedTranslation result = merged.translateAndAlign(text);
    List<TranslatedPiece> pieces =
        result.translation().sentences().stream().flatMap(s -> s.pieces().stream()).toList();
    assertEquals(pieces.size(), result.alignments().size());
    for (int p = 0; p < pieces.size(); p++) {
      Alignment alignment = result.alignments().get(p);
      assertEquals(text.substring(pieces.get(p).start(), pieces.get(p).end()), alignment.source());
      assertEquals(pieces.get(p).text(), alignment.target());
    }
  }
}
