import { cardLine } from "./card-text";
import { formatMoment } from "./format-values";

/**
 * Small factories for the few Adaptive Card elements the cards use, so every TextBlock wraps and
 * none uses small text (both matter on a phone). They take text that is already safe to show.
 */
export type CardElement = Record<string, unknown>;

export type ContainerStyle = "default" | "emphasis" | "good" | "attention" | "warning" | "accent";

type TextOptions = {
  weight?: "default" | "bolder";
  size?: "default" | "medium" | "large";
  color?: "default" | "good" | "warning" | "attention" | "accent";
  isSubtle?: boolean;
  spacing?: "none" | "small" | "default" | "medium" | "large";
  separator?: boolean;
};

export const textBlock = (text: string, options: TextOptions = {}): CardElement => ({ type: "TextBlock", text, wrap: true, ...options });

/** Section titles use the 1.5 heading style, which screen readers announce as a heading. */
export const heading = (text: string): CardElement => ({ type: "TextBlock", text, wrap: true, style: "heading", spacing: "large" });

export const factSet = (facts: readonly (readonly [string, string])[]): CardElement => ({
  type: "FactSet",
  facts: facts.map(([title, value]) => ({ title, value })),
});

export const container = (items: CardElement[], options: { style?: ContainerStyle; bleed?: boolean; spacing?: TextOptions["spacing"]; separator?: boolean } = {}): CardElement => ({
  type: "Container",
  items,
  ...options,
});

/** A date from SharePoint in words; anything that is not a date is shown as (escaped) text. */
export const dateText = (iso: string): string => formatMoment(iso) ?? cardLine(iso, 40);
