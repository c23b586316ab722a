/**
 * SentencePiece tokenization as Hugging Face's MarianTokenizer does it: source pieces mapped to ids
 * through the model's {@code vocab.json}, output ids mapped back and decoded with the target
 * SentencePiece model.
 *
 * <p>The only package that imports DJL; its types never leave it.
 */
package dev.tarjama.tokenize;
