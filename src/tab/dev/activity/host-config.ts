/**
 * Adaptive Cards host configs that look like Teams' own (Segoe UI, Teams' palette and spacing),
 * one per tab theme. The renderer writes these colours inline, so they are concrete values.
 */
export type CardTheme = "light" | "dark" | "contrast";

interface Palette {
  background: string;
  emphasis: string;
  text: string;
  subtle: string;
  accent: string;
  good: string;
  warning: string;
  attention: string;
  /** Band backgrounds for containers styled accent / good / warning / attention (card headers). */
  tints: { accent: string; good: string; warning: string; attention: string };
}

const palettes: Record<CardTheme, Palette> = {
  light: {
    background: "#FFFFFF", emphasis: "#F5F5F5", text: "#242424", subtle: "#5C5C5C", accent: "#4F52B2", good: "#0E700E", warning: "#835B00", attention: "#C4314B",
    tints: { accent: "#E8EBFA", good: "#E7F2DA", warning: "#FFF4CE", attention: "#FDE7E9" },
  },
  dark: {
    background: "#292929", emphasis: "#1F1F1F", text: "#FFFFFF", subtle: "#D6D6D6", accent: "#9EA2FF", good: "#92C353", warning: "#F8D22A", attention: "#F9526B",
    tints: { accent: "#2F2F4A", good: "#1C3317", warning: "#3D2F00", attention: "#3E1F25" },
  },
  contrast: {
    background: "#000000", emphasis: "#000000", text: "#FFFFFF", subtle: "#FFFFFF", accent: "#FFFF00", good: "#3FF23F", warning: "#FFFF00", attention: "#FF6B6B",
    tints: { accent: "#000000", good: "#000000", warning: "#000000", attention: "#000000" },
  },
};

const colours = (p: Palette, text = p.text) => ({
  default: { default: text, subtle: p.subtle },
  dark: { default: p.text, subtle: p.subtle },
  light: { default: p.background, subtle: p.subtle },
  accent: { default: p.accent, subtle: p.accent },
  good: { default: p.good, subtle: p.good },
  warning: { default: p.warning, subtle: p.warning },
  attention: { default: p.attention, subtle: p.attention },
});

export function teamsHostConfig(theme: CardTheme): Record<string, unknown> {
  const p = palettes[theme];
  const style = (backgroundColor: string) => ({ backgroundColor, foregroundColors: colours(p) });
  return {
    fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
    supportsInteractivity: true,
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    lineHeights: { small: 16, default: 20, medium: 20, large: 24, extraLarge: 32 },
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: theme === "light" ? "#E0E0E0" : "#525252" },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: style(p.background),
      emphasis: style(p.emphasis),
      accent: style(p.tints.accent),
      good: style(p.tints.good),
      warning: style(p.tints.warning),
      attention: style(p.tints.attention),
    },
    actions: { maxActions: 6, spacing: "default", buttonSpacing: 8, actionsOrientation: "horizontal", actionAlignment: "left", showCard: { actionMode: "inline", inlineTopMargin: 8 } },
    inputs: { label: { inputSpacing: "small", requiredInputs: { suffix: " *", suffixColor: "attention" }, optionalInputs: {} }, errorMessage: { size: "small", spacing: "small" } },
    // Card headings sit under the pane's own title (h2); without a level axe flags role="heading".
    textBlock: { headingLevel: 3 },
    factSet: { title: { weight: "bolder", wrap: true, maxWidth: 150 }, value: { wrap: true }, spacing: 8 },
  };
}

/** The colours the pane's own CSS (buttons, inputs) needs to match the card. */
export const cardPalette = (theme: CardTheme): Palette => palettes[theme];
