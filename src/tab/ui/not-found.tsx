import { Link } from "../lib/router/link";
import { PageHeading } from "./page-heading";
import { usePageTitle } from "./page-title";

/** An address inside the tab that is not a page (an old bookmark, a mistyped link). */
export function NotFound() {
  usePageTitle("Page not found");
  return (
    <>
      <PageHeading title="Page not found" lead="There is no page at this address in the Partnership Register." />
      <Link to="/">Go to the register</Link>
    </>
  );
}
