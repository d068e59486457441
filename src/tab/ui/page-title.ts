import { useEffect } from "react";

export const productName = "Partnership Register";

/** WCAG 2.4.2: each page has its own title, read first by screen readers and shown in the tab strip. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} – ${productName}`;
  }, [title]);
}
