import * as AdaptiveCards from "adaptivecards";
import { makeStyles } from "@fluentui/react-components";
import { useEffect, useRef, type CSSProperties } from "react";
import { renderCardMarkdown } from "./card-markdown";
import { cardPalette, teamsHostConfig, type CardTheme } from "./host-config";

export interface CardActionRequest {
  verb: string;
  title?: string;
  data: unknown;
}

interface Props {
  card: Record<string, unknown>;
  theme: CardTheme;
  /** What the card is about, for the region's accessible name. */
  label: string;
  busy: boolean;
  onExecute(action: CardActionRequest): void;
  onOpenUrl(url: string): void;
}

// Teams renders card text with its Markdown subset; the renderer asks this hook for it.
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = renderCardMarkdown(text);
  result.didProcess = true;
};

const useStyles = makeStyles({
  card: {
    borderRadius: "6px",
    overflow: "hidden",
    "& .ac-pushButton": {
      minHeight: "32px",
      padding: "5px 12px",
      borderRadius: "4px",
      fontFamily: "inherit",
      fontSize: "14px",
      fontWeight: 600,
      cursor: "pointer",
    },
    "& .ac-pushButton:focus-visible, & .ac-input:focus-visible, & a:focus-visible": { outline: "2px solid var(--card-focus)", outlineOffset: "2px" },
    "& .ac-pushButton:disabled": { opacity: 0.6, cursor: "progress" },
    "& .ac-input": { fontFamily: "inherit", fontSize: "14px", borderRadius: "4px", padding: "5px 8px", boxSizing: "border-box" },
    "& p": { margin: 0 },
    "& ul, & ol": { margin: "4px 0", paddingLeft: "20px" },
  },
});

/** The focus ring takes the card's text colour, so it shows on every theme's background. */
const focusColour = (theme: CardTheme) => ({ "--card-focus": cardPalette(theme).text }) as CSSProperties;

/**
 * One Adaptive Card, drawn by Microsoft's renderer (the one Teams' web client is built on) with a
 * Teams-like host config. Action.Execute and Action.OpenUrl go back to the pane; the card itself
 * never fetches anything.
 */
export function AdaptiveCardView({ card, theme, label, busy, onExecute, onOpenUrl }: Props) {
  const styles = useStyles();
  const host = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onExecute, onOpenUrl });
  handlers.current = { onExecute, onOpenUrl };
  // Every poll brings a fresh copy of the same card: redraw only when its content changes, or
  // the person would lose what they typed in the comment box and their place on the buttons.
  const json = JSON.stringify(card);

  useEffect(() => {
    const target = host.current;
    if (!target) return;
    const adaptive = new AdaptiveCards.AdaptiveCard();
    adaptive.hostConfig = new AdaptiveCards.HostConfig(teamsHostConfig(theme));
    adaptive.onExecuteAction = (action) => {
      if (action instanceof AdaptiveCards.ExecuteAction) handlers.current.onExecute({ verb: action.verb, title: action.title, data: action.data });
      else if (action instanceof AdaptiveCards.OpenUrlAction && action.url) handlers.current.onOpenUrl(action.url);
    };
    adaptive.parse(JSON.parse(json));
    const rendered = adaptive.render();
    target.replaceChildren(...(rendered ? [rendered] : []));
    styleButtons(target, theme);
  }, [json, theme]);

  useEffect(() => {
    host.current?.querySelectorAll<HTMLButtonElement>(".ac-pushButton").forEach((b) => (b.disabled = busy));
  }, [busy, json, theme]);

  return <div ref={host} role="group" aria-label={label} aria-busy={busy} className={styles.card} style={focusColour(theme)} />;
}

/** Teams draws positive actions filled with the brand colour and the rest outlined. */
function styleButtons(root: HTMLElement, theme: CardTheme): void {
  const p = cardPalette(theme);
  root.querySelectorAll<HTMLButtonElement>(".ac-pushButton").forEach((button) => {
    const positive = button.classList.contains("style-positive");
    const destructive = button.classList.contains("style-destructive");
    button.style.backgroundColor = positive ? p.accent : p.background;
    button.style.color = positive ? p.background : destructive ? p.attention : p.text;
    button.style.border = `1px solid ${positive ? p.accent : destructive ? p.attention : p.subtle}`;
  });
  root.querySelectorAll<HTMLElement>(".ac-input").forEach((input) => {
    input.style.backgroundColor = p.background;
    input.style.color = p.text;
    input.style.border = `1px solid ${p.subtle}`;
  });
}
