/**
 * ONNX Runtime sessions for the encoder and decoder of an exported Marian model, the model
 * directory's files and their validation, and the step interface the search drives.
 *
 * <p>The only package that imports {@code ai.onnxruntime}; its types never leave it.
 */
package dev.tarjama.model;
