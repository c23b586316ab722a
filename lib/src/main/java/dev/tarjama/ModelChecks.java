package dev.tarjama;

import dev.tarjama.model.ModelConfig;
import dev.tarjama.model.ModelFiles;
import dev.tarjama.tokenize.MarianTokenizer;

/** Load-time checks that the tokenizer files and config.json describe the same vocabulary. */
final class ModelChecks {

  static void check(ModelFiles files, ModelConfig config, MarianTokenizer tokenizer) {
    String vocab = files.file(ModelFiles.VOCAB).toString();
    String configJson = files.file(ModelFiles.CONFIG).toString();
    if (tokenizer.idLimit() > config.vocabSize()) {
      throw new TarjamaException(
          vocab
              + " has ids up to "
              + (tokenizer.idLimit() - 1)
              + " but "
              + configJson
              + " says vocab_size="
              + config.vocabSize());
    }
    same(vocab, "eos", tokenizer.eosId(), configJson, "eos_token_id", config.eosTokenId());
    same(vocab, "pad", tokenizer.padId(), configJson, "pad_token_id", config.padTokenId());
  }

  private static void same(
      String vocab, String piece, int vocabId, String configJson, String field, int configId) {
    if (vocabId != configId) {
      throw new TarjamaException(
          vocab
              + " gives the "
              + piece
              + " piece id "
              + vocabId
              + " but "
              + configJson
              + " says "
              + field
              + "="
              + configId);
    }
  }

  private ModelChecks() {}
}
