import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { ConfigErrorPage } from "./app/config/config-error-page";
import { readConfig } from "./app/config/read-config";
import { startHost } from "./app/host/start-host";
import { SignInPage } from "./app/sign-in-page";
import { startSession } from "./app/start-session";
import { navigate, currentPath } from "./lib/router/history-location";
import { pathForSubEntityId } from "./lib/router/teams-deep-link";
import { StoppedPage } from "./ui/stopped-page";
import { describeError } from "../sharepoint/describe-error";

/**
 * Start-up, in order: configuration (stop with a page naming the variable if it is wrong), the
 * host (Teams or a web page), a Teams deep link's record, who is signed in, then the tab.
 */
const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const root = createRoot(container);
const show = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

async function start(): Promise<void> {
  const config = readConfig(import.meta.env, window.location.origin);
  if (!config.ok) {
    show(<ConfigErrorPage problems={config.problems} />);
    return;
  }
  // The register is where most visits land: fetch its code while the host and session start.
  if (currentPath() === "/") void import("./register/register-page");
  const host = await startHost();
  const deepLinked = pathForSubEntityId(host.subEntityId);
  // Teams opens the tab at its content URL; the sub-entity says which record the link meant.
  if (deepLinked && currentPath() === "/") navigate(deepLinked, { replace: true });
  const session = await startSession(config.config, host);
  if ("ready" in session) {
    show(<App host={host} start={session.ready} />);
    return;
  }
  show(<SignInPage onSignIn={async () => show(<App host={host} start={await session.signIn()} />)} />);
}

start().catch((error: unknown) => {
  console.error("[tab] the register could not start:", error);
  show(
    <StoppedPage title="The Partnership Register could not start">
      <p>{describeError(error)}</p>
    </StoppedPage>,
  );
});
