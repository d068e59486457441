/**
 * Runs work one piece at a time, in the order it was asked for. The bot sends cards from two
 * places — the follow-up to a card click and the sweeps a notify or `remind` starts — and each
 * checks CardMessages before sending; run one after the other, the second sees what the first
 * recorded, so nobody gets the same card twice from one bot instance.
 */
export type Serial = <T>(work: () => Promise<T>) => Promise<T>;

export function createSerial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
}
