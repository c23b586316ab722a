package dev.tarjama.tokenize;

import java.util.Objects;

/**
 * The names of the special pieces in {@code vocab.json}.
 *
 * @param eos end of sentence, {@code </s>} in Marian models
 * @param unk unknown piece, {@code <unk>}
 * @param pad padding, {@code <pad>}, also the decoder start piece of Marian models
 */
public record SpecialTokens(String eos, String unk, String pad) {

  /** The names Marian models use. */
  public static final SpecialTokens MARIAN = new SpecialTokens("</s>", "<unk>", "<pad>");

  public SpecialTokens {
    Objects.requireNonNull(eos, "eos");
    Objects.requireNonNull(unk, "unk");
    Objects.requireNonNull(pad, "pad");
  }
}
