import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { describeCondition, describeSelector, monthName, roleNames } from "./describe-rule";

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, padding: "4px 8px" },
  list: { margin: "4px 0 12px", paddingLeft: "20px", display: "grid", gap: "6px" },
  item: { lineHeight: tokens.lineHeightBase300 },
  name: { fontWeight: tokens.fontWeightSemibold },
  cite: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  h4: { margin: "8px 0 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** The pack's rules as a Change Manager reads them: each rule in words, with the framework section it cites. */
export function PackRulesView({ pack }: { pack: PolicyPack }) {
  const s = useStyles();
  const cite = (text: string | undefined) => (text ? <span className={s.cite}> ({text})</span> : null);
  const category = (id: string) => pack.categories.find((c) => c.id === id)?.name ?? id;
  return (
    <div className={s.surface}>
      <Accordion multiple collapsible>
        <AccordionItem value="kinds">
          <AccordionHeader as="h3">Kinds of arrangement ({pack.kinds.length})</AccordionHeader>
          <AccordionPanel>
            <ul className={s.list}>
              {pack.kinds.map((k) => (
                <li key={k.id} className={s.item}>
                  <span className={s.name}>{k.name}</span>: {k.description}
                  {cite(k.cite)}
                  {k.subtypes && <span> Sub-types: {k.subtypes.map((t) => t.name).join(", ")}.</span>}
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="categories">
          <AccordionHeader as="h3">Categories and how one is reached ({pack.categories.length})</AccordionHeader>
          <AccordionPanel>
            <ul className={s.list}>
              {pack.categories.map((c) => (
                <li key={c.id} className={s.item}>
                  <span className={s.name}>{c.name}</span>: {c.description}
                  {cite(c.cite)}
                </li>
              ))}
            </ul>
            {pack.categorisation.map((c) => (
              <div key={c.id}>
                <h4 className={s.h4}>For {describeSelector({ kinds: c.kinds, ...(c.subtypes ? { subtypes: c.subtypes } : {}) }, pack)}</h4>
                <ol className={s.list}>
                  {c.rules.map((r) => (
                    <li key={r.id} className={s.item}>
                      <span className={s.name}>{category(r.category)}</span> when {describeCondition(r.when, pack)}
                      {cite(r.cite)}
                    </li>
                  ))}
                  {c.scorecard && (
                    <li className={s.item}>
                      Scorecard “{c.scorecard.name}”: {c.scorecard.criteria.length} weighted questions;{" "}
                      {c.scorecard.thresholds.map((t) => `${category(t.category)} from ${t.minPercent}%`).join(", ")}
                      {cite(c.scorecard.cite)}
                    </li>
                  )}
                  {c.otherwise && (
                    <li className={s.item}>
                      Otherwise <span className={s.name}>{category(c.otherwise.category)}</span>
                      {cite(c.otherwise.cite)}
                    </li>
                  )}
                </ol>
              </div>
            ))}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="routes">
          <AccordionHeader as="h3">Approval routes ({pack.routes.length})</AccordionHeader>
          <AccordionPanel>
            {pack.routes.map((r) => (
              <div key={r.id}>
                <h4 className={s.h4}>
                  {r.name}
                  {cite(r.cite)}
                </h4>
                <div className={s.cite}>Applies to: {describeSelector(r.when, pack)}</div>
                {r.stages.length === 0 ? (
                  <p className={s.item}>No approval stages.</p>
                ) : (
                  <ol className={s.list}>
                    {r.stages.map((st, i) => (
                      <li key={i} className={s.item}>
                        <span className={s.name}>{st.label ?? st.type.charAt(0).toUpperCase() + st.type.slice(1)}</span> ({st.type}): {roleNames(st.roles, pack)}
                        {cite(st.cite)}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            ))}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="sections">
          <AccordionHeader as="h3">Evaluation sections ({pack.sections.length})</AccordionHeader>
          <AccordionPanel>
            <ul className={s.list}>
              {pack.sections.map((sec) => (
                <li key={sec.id} className={s.item}>
                  <span className={s.name}>{sec.name}</span>: {sec.description}
                  {cite(sec.cite)}
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="reviews">
          <AccordionHeader as="h3">Review cycles</AccordionHeader>
          <AccordionPanel>
            <ul className={s.list}>
              {[pack.reviews.registerReview, pack.reviews.governanceAssurance].flatMap((w) =>
                w
                  ? [
                      <li key={w.name} className={s.item}>
                        <span className={s.name}>{w.name}</span>: each year, {monthName(w.window.fromMonth)} to {monthName(w.window.toMonth)}
                        {w.reportTo ? `, reported to ${w.reportTo}` : ""}
                        {cite(w.cite)}
                      </li>,
                    ]
                  : [],
              )}
              {pack.reviews.cycles.map((c) => (
                <li key={c.id} className={s.item}>
                  <span className={s.name}>{c.name}</span>: every {c.everyMonths} months, for {describeSelector(c.when, pack)}
                  {c.templates.length > 0 && `; templates ${c.templates.map((t) => t.name).join(", ")}`}
                  {cite(c.cite)}
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
