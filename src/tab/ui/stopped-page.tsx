import type { ReactNode } from "react";

/**
 * A full page for when the tab cannot run at all (bad configuration, sign-in failed). It is plain
 * HTML with its own styles, because the theme and Fluent may be exactly what could not start.
 * The colours keep at least 7:1 contrast and follow the system's dark setting and forced colours.
 */
const css = `
.stopped{font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;
  min-height:100vh;margin:0;padding:48px 24px;box-sizing:border-box;background:#f5f5f5;color:#242424;line-height:1.5}
.stopped__panel{max-width:44rem;margin:0 auto;background:#fff;border:1px solid #d1d1d1;border-left:6px solid #b10e1c;border-radius:8px;padding:24px 32px}
.stopped h1{font-size:1.5rem;line-height:1.3;margin:0 0 12px}
.stopped code{font-family:Consolas,"Courier New",monospace;font-size:.95em}
.stopped li{margin:6px 0}
.stopped button{font:inherit;font-weight:600;padding:6px 16px;border-radius:4px;border:1px solid #0f6cbd;background:#0f6cbd;color:#fff;cursor:pointer}
.stopped button:focus-visible{outline:2px solid #242424;outline-offset:2px}
@media (prefers-color-scheme: dark){.stopped{background:#1f1f1f;color:#fff}.stopped__panel{background:#292929;border-color:#666;border-left-color:#f1707b}
  .stopped button:focus-visible{outline-color:#fff}}
`;

export function StoppedPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="stopped">
      <style>{css}</style>
      <main className="stopped__panel" role="main" aria-labelledby="stopped-title">
        <div role="alert">
          <h1 id="stopped-title">{title}</h1>
          {children}
        </div>
      </main>
    </div>
  );
}
