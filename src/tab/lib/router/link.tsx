import { forwardRef, type AnchorHTMLAttributes, type MouseEvent } from "react";
import { hrefFor, navigate } from "./history-location";

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  to: string;
}

/**
 * A real `<a href>` (so it can be opened in a new window, copied and read by screen readers as a
 * link) that navigates inside the tab on a plain left click.
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ to, onClick, ...rest }, ref) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (rest.target && rest.target !== "_self") return;
    event.preventDefault();
    navigate(to);
  };
  return <a ref={ref} href={hrefFor(to)} onClick={handleClick} {...rest} />;
});
