/** Runnable programs that use only the public API of tarjama. */
package dev.tarjama.examples;
