import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({ text: { margin: 0, color: tokens.colorNeutralForeground2, fontStyle: "italic" } });

/** Inside a section: nothing of this kind is recorded yet, said as a fact rather than as an error. */
export function NothingRecorded({ children }: { children: ReactNode }) {
  return <p className={useStyles().text}>{children}</p>;
}
