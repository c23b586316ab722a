/**
 * Beam search and greedy search over an encoder-decoder model, with the semantics of Hugging Face
 * transformers v4.46.3 {@code generate()} for Marian: logits processors, n-best hypotheses, length
 * penalty and early stopping.
 *
 * <p>Plain Java over float arrays: depends only on the {@code dev.tarjama.model} interfaces, never
 * on ONNX Runtime or DJL.
 */
package dev.tarjama.decode;
