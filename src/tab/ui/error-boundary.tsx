import { Component, type ErrorInfo, type ReactNode } from "react";
import { describeError } from "../../sharepoint/describe-error";
import { ErrorMessage } from "./error-message";

interface Props {
  children: ReactNode;
  /** Where the failure happened, in the officer's words ("This page", "The register"). */
  what?: string;
}

interface State {
  error: unknown;
  failed: boolean;
}

/**
 * Catches a page that throws while rendering (a lazy chunk that failed to download included) and
 * shows a plain sentence with "Try again", never a stack. The error goes to the console for support.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("[tab] a page failed to render:", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorMessage
        title={`${this.props.what ?? "This page"} could not be shown`}
        message={describeError(this.state.error)}
        onRetry={() => this.setState({ error: undefined, failed: false })}
      />
    );
  }
}
