package org.liandong.triage;

import java.io.PrintStream;

import org.liandong.triage.internal.model.TriageEval;

/**
 * The command-line entry of the triage module: {@code triage-eval --train FILE --test FILE [--text-column text]
 * [--label-column 一级标签]} trains the domain classifier on one CSV and evaluates it on another, without the
 * platform (no web server, no database). The application's {@code main} hands such arguments here.
 */
public final class TriageCommand {

	private TriageCommand() {
	}

	/** Whether the arguments name a triage command. */
	public static boolean handles(String[] args) {
		return args.length > 0 && TriageEval.COMMAND.equals(args[0]);
	}

	/** Runs the command and answers the process exit code (0 when it worked). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return TriageEval.run(args, out, err);
	}
}
