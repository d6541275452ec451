// What the command-line scripts share: argument errors and refusals in Chinese,
// with the usage line, and the exit status (2 unusable arguments or configuration, 1 refused).
import { loadCorpus } from './corpus.ts';
import type { Corpus } from './model/types.ts';
import { ConfigError } from './parse/config.ts';
import { AuthoringError } from './authoring/errors.ts';

export function exitWith(status: 1 | 2, message: string, usage?: string): never {
  process.stderr.write(`${message}\n${usage && status === 2 ? `${usage}\n` : ''}`);
  process.exit(status);
}

/** Parses the command line, or exits with the usage when it cannot be parsed. */
export function parseOrExit<T>(parse: () => T, usage: string): T {
  try {
    return parse();
  } catch (error) {
    exitWith(2, `参数错误：${(error as Error).message}`, usage);
  }
}

export function loadCorpusOrExit(root: string): Corpus {
  try {
    return loadCorpus(root);
  } catch (error) {
    if (error instanceof ConfigError) exitWith(2, `配置错误：${error.message}`);
    throw error;
  }
}

/** Runs a command body, turning an AuthoringError into its message and exit status 2. */
export function runCommand(usage: string, body: () => void | Promise<void>): void {
  Promise.resolve()
    .then(body)
    .catch((error: unknown) => {
      if (error instanceof AuthoringError) exitWith(2, error.message, usage);
      throw error;
    });
}
