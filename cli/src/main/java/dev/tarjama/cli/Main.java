package dev.tarjama.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code tarjama} command line.
 *
 * <p>Each capability is one subcommand in its own class; this class only lists them.
 */
@Command(
    name = "tarjama",
    mixinStandardHelpOptions = true,
    version = "tarjama 0.1.0",
    description = "Arabic to English translation, segmentation, alignment and evaluation.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ScoreCommand.class,
    })
public final class Main implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.err);
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
