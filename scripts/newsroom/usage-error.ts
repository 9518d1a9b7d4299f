/** A mistake in the command line: reported as one line on stderr with exit code 2. */
export class UsageError extends Error {}
