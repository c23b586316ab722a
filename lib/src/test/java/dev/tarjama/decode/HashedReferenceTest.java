package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search against models/tools/generate.py (the PyTorch port of Hugging Face v4.46.3 generate())
 * on 200 random option combinations, both driving the same {@link HashedModel} logits; the expected
 * outputs were written by make_hashed_references.py.
 */
class HashedReferenceTest {

  private static final double SCORE_TOLERANCE = 1e-4;

  @Test
  void everyCaseMatchesThePyTorchPortTokenForToken() throws Exception {
    List<ReferenceCase> cases;
    try (InputStream in = getClass().getResourceAsStream("/decode/hashed-references.jsonl")) {
      cases = ReferenceCase.readGenerateCases(in, "hashed-references.jsonl");
    }
    assertEquals(200, cases.size());
    BeamSearch search =
        new BeamSearch(
            new HashedModel(), new SpecialIds(HashedModel.PAD, HashedModel.EOS, HashedModel.PAD));
    for (ReferenceCase reference : cases) {
      reference.assertMatches(
          search.search(reference.sourceArrays(), reference.options()), SCORE_TOLERANCE);
    }
  }
}
