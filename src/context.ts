/** What a command needs from the outside world: injected so tests run commands in-process. */
import type { Lang } from './messages/index.js';

export interface Output {
  write(text: string): void;
  isTTY?: boolean;
}

export interface Context {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
  lang: Lang;
  /** Colour and progress only on a terminal (and never with NO_COLOR). */
  color: boolean;
}
