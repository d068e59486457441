import { useState } from "react";

/**
 * Which small form a section has open, and the sentence shown after a save. Saving closes the
 * form, says what happened (a polite status message) and reads the record again.
 */
export function useSectionForm<F>(reload: (() => void) | undefined) {
  const [form, setForm] = useState<F>();
  const [notice, setNotice] = useState<string>();
  // The form last opened, so the sentence after a save is shown where that form was.
  const [last, setLast] = useState<F>();
  return {
    form,
    notice,
    last,
    open: (next: F) => {
      setNotice(undefined);
      setForm(next);
      setLast(next);
    },
    cancel: () => setForm(undefined),
    done: (message: string) => {
      setForm(undefined);
      setNotice(message);
      reload?.();
    },
    reload: () => reload?.(),
  };
}
