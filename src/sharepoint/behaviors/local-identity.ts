import { InjectHeaders, type Queryable } from "@pnp/queryable";

/**
 * Local mode only: tells the embedded stand-in who is acting (an e-mail or login), the way the
 * person switcher does in the browser. A real tenant ignores the header; identity there comes
 * from the token.
 */
export function LocalIdentity(user: string) {
  return (instance: Queryable) => instance.using(InjectHeaders({ "X-Local-User": user }));
}
