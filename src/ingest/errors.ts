/** A problem with one input: the batch skips it, names it, and goes on. */
export class InputError extends Error {
  constructor(readonly source: string, readonly reason: string) {
    super(`${source}: ${reason}`);
    this.name = "InputError";
  }
}
