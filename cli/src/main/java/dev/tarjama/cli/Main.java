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
      TranslateCommand.class,
      SegmentCommand.class,
      FastAlignCommand.class,
      AlignCommand.class,
      EvaluateCommand.class,
      ScoreCommand.class,
    })
public final class Main implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.err);
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling: a failure prints one line, not a stack trace. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine
              .getErr()
              .println("tarjama " + commandLine.getCommandName() + ": " + e.getMessage());
          if (Boolean.getBoolean("tarjama.debug")) {
            e.printStackTrace(commandLine.getErr());
          }
          return e instanceof IllegalArgumentException ? 2 : 1;
        });
    return cli;
  }
}
