import { getLogger } from "~/server/config/logger.server";

/**
 * A background job inside this process: run on a timer, or on demand, never two passes at once.
 * Demands that arrive during a pass are folded into one more pass after it, so nothing asked for is missed.
 * Timers are unref'd: a job never keeps the process alive.
 */
export class JobRunner {
  #running: Promise<void> | undefined;
  #again = false;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(
    readonly name: string,
    private readonly pass: () => Promise<unknown>,
  ) {}

  /** Runs a pass now (or right after the one in progress); resolves when the work asked for so far is done. */
  trigger(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#loop().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #loop() {
    do {
      this.#again = false;
      try {
        await this.pass();
      } catch (error) {
        getLogger().error({ err: error, job: this.name }, "job pass failed");
      }
    } while (this.#again && !this.#stopped);
  }

  /** Runs a pass `firstRunMs` from now and then every `intervalMs`. */
  every(intervalMs: number, firstRunMs = intervalMs): this {
    if (this.#timer) return this;
    this.#stopped = false;
    const tick = () => {
      void this.trigger();
      this.#timer = setTimeout(tick, intervalMs).unref();
    };
    this.#timer = setTimeout(tick, firstRunMs).unref();
    return this;
  }

  get started(): boolean {
    return this.#timer !== undefined;
  }

  /** Stops the timer and waits for a pass in progress, so shutdown never closes the database under it. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
