/**
 * The stand-in reads the acting person from the `local-user` cookie as well as the X-Local-User
 * header (src/local/users.ts), so links opened in a new window act as the same person.
 * Development only: imported behind `import.meta.env.DEV`.
 */
const name = "local-user";

export function readLocalPersonCookie(cookie: string = document.cookie): string | undefined {
  for (const pair of cookie.split(";")) {
    const eq = pair.indexOf("=");
    if (eq > 0 && pair.slice(0, eq).trim() === name) {
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      return value === "" ? undefined : value;
    }
  }
  return undefined;
}

export function writeLocalPersonCookie(email: string): void {
  document.cookie = `${name}=${encodeURIComponent(email)}; path=/; SameSite=Strict`;
}
