package dev.tarjama.decode;

/**
 * The special token ids a search needs, read from the model's config (never constants).
 *
 * <p>For OPUS-MT models the decoder start id equals the pad id and the eos id is 0.
 *
 * @param decoderStartId the token fed to the decoder at the first step (Hugging Face {@code
 *     decoder_start_token_id})
 * @param eosId the end-of-sentence token that finishes a hypothesis ({@code eos_token_id})
 * @param padId the padding token ({@code pad_token_id}); a model's {@code bad_words_ids} usually
 *     ban it
 */
public record SpecialIds(int decoderStartId, int eosId, int padId) {

  /** Checks that every id is a vocabulary index. */
  public SpecialIds {
    if (decoderStartId < 0 || eosId < 0 || padId < 0) {
      throw new IllegalArgumentException(
          "special ids must be >= 0, got decoderStartId="
              + decoderStartId
              + ", eosId="
              + eosId
              + ", padId="
              + padId);
    }
  }
}
