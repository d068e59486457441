/**
 * A switched pack reloads the council's policy, which re-mounts every page below it; the
 * confirmation is kept here for the Admin page to show once it is back.
 */
let notice: string | undefined;

export function setSwitchNotice(text: string): void {
  notice = text;
}

export function takeSwitchNotice(): string | undefined {
  const taken = notice;
  notice = undefined;
  return taken;
}
