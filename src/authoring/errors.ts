/** A problem the author can fix; the message, in Chinese, says how. Commands print it and exit with 2. */
export class AuthoringError extends Error {}
