import type { ConfigProblem } from "./read-config";
import { StoppedPage } from "../../ui/stopped-page";

/**
 * The whole page when the tab cannot start because of its configuration. It names every variable
 * and what is wrong with it, for whoever deployed the tab; officers are told who to ask.
 */
export function ConfigErrorPage({ problems }: { problems: readonly ConfigProblem[] }) {
  return (
    <StoppedPage title="The Partnership Register is not set up correctly">
      <p>The register cannot start because its configuration has {problems.length === 1 ? "a problem" : `${problems.length} problems`}:</p>
      <ul>
        {problems.map((p) => (
          <li key={p.variable}>
            <strong>
              <code>{p.variable}</code>
            </strong>
            : {p.problem}
          </li>
        ))}
      </ul>
      <p>
        If you are a council officer, please tell your IT service desk. If you deploy the tab, fix these variables (see
        src/tab/README.md) and build again.
      </p>
    </StoppedPage>
  );
}
