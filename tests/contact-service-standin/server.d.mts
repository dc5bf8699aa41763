// Types for server.mjs, so TypeScript tests can import the stand-in (TEST DOUBLE).

export type Mode = 'normal' | 'down' | 'slow' | 'closed' | 'busy';

export declare const MODES: readonly Mode[];

export interface Standin {
  /** Base URL, e.g. `http://127.0.0.1:4400` (no trailing slash). */
  url: string;
  port: number;
  /** `delayMs` applies to "slow" mode; defaults to the `slowMs` given at start. */
  setMode(mode: Mode, options?: { delayMs?: number }): void;
  close(): Promise<void>;
}

export declare function startStandin(options?: {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Delay of "slow" mode, default 8000 ms. */
  slowMs?: number;
  /** How long a long-poll is held before answering unchanged, default 25000 ms. */
  pollMs?: number;
}): Promise<Standin>;
