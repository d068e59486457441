import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { AnnexAnswer } from "../view/annex-one";
import { notRecorded } from "../view/format";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "minmax(180px, 30%) 1fr", gap: "10px 24px", margin: 0 },
  term: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, whiteSpace: "pre-line" },
  missing: { margin: 0, color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  inner: { margin: 0, paddingLeft: "18px" },
});

export function AnswerView({ answer }: { answer: AnnexAnswer }): ReactNode {
  const styles = useStyles();
  switch (answer.kind) {
    case "missing":
      return <span className={styles.missing}>{notRecorded}</span>;
    case "text":
      return answer.text;
    case "links":
      return (
        <ul className={styles.inner}>
          {answer.links.map((l) => (
            <li key={`${l.title}${l.url ?? ""}`}>{l.url ? <Link href={l.url} target="_blank" rel="noreferrer">{l.title}<span className="visually-hidden"> (opens in a new tab)</span></Link> : l.title}</li>
          ))}
        </ul>
      );
    case "list":
      return (
        <ul className={styles.inner}>
          {answer.items.map((i) => (
            <li key={i.label}>
              <strong>{i.label}:</strong> <span className={i.text === notRecorded ? styles.missing : undefined}>{i.text}</span>
            </li>
          ))}
        </ul>
      );
  }
}

/** Question–answer pairs as a description list, so a screen reader pairs each answer with its question. */
export function AnswerList({ items }: { items: readonly { id: string; label: string; answer: AnnexAnswer }[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {items.map((item) => (
        <div key={item.id} style={{ display: "contents" }}>
          <dt className={styles.term}>{item.label}</dt>
          <dd className={item.answer.kind === "missing" ? styles.missing : styles.detail}>
            <AnswerView answer={item.answer} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
