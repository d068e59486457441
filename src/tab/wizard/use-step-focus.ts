import { useEffect, useRef } from "react";
import { navigate } from "../lib/router/history-location";
import { focusField } from "./field-dom-id";

/**
 * When the step changes, the keyboard goes to its heading (a screen reader starts reading the new
 * step there); when a link asked for one field (`&field=`), to that field instead, after which
 * the address drops the field so a re-render does not pull the keyboard back.
 */
export function useStepFocus(step: string, field: string | null, base: string, heading: React.RefObject<HTMLHeadingElement | null>): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const first = shown.current === null;
    if (field) {
      // Let the step render its fields first.
      const timer = window.setTimeout(() => {
        if (!focusField(field)) heading.current?.focus();
        navigate(`${base}?step=${encodeURIComponent(step)}`, { replace: true });
      }, 0);
      shown.current = step;
      return () => window.clearTimeout(timer);
    }
    if (shown.current === step) return undefined;
    shown.current = step;
    if (!first) {
      heading.current?.focus();
      return undefined;
    }
    // Arriving from another page, the shell focuses <main> after this runs; take it on to the step.
    let fired = false;
    const timer = window.setTimeout(() => {
      fired = true;
      const active = document.activeElement;
      if (!active || active === document.body || active.id === "main") heading.current?.focus();
    }, 0);
    return () => {
      window.clearTimeout(timer);
      // Unmounted before the timer ran (React's development remount): the next mount tries again.
      if (!fired) shown.current = null;
    };
  }, [step, field, base, heading]);
}
