/** Every URL the layouts pages link to, built in one place so titles are always encoded. */
export class LayoutPaths {
  readonly root: string;

  constructor(sitePath: string) {
    this.root = `${sitePath}/_layouts/lists`;
  }

  list(title: string, query?: Record<string, string | number | undefined>): string {
    const base = `${this.root}/${encodeURIComponent(title)}`;
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== "") params.set(k, String(v));
    const qs = params.toString();
    return qs ? `${base}?${qs}` : base;
  }

  newItem(title: string): string {
    return `${this.list(title)}/new`;
  }

  item(title: string, id: number): string {
    return `${this.list(title)}/${id}`;
  }

  deleteItem(title: string, id: number, etag?: string): string {
    const base = `${this.item(title, id)}/delete`;
    return etag ? `${base}?etag=${encodeURIComponent(etag)}` : base;
  }
}
