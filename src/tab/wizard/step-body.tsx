import type { ReactNode } from "react";
import type { Missing } from "../../domain/evaluation/find-missing";
import type { StepProps } from "./step-props";
import { AlternativesStep } from "./steps/alternatives-step";
import { BasicsStep } from "./steps/basics-step";
import { ExitStep } from "./steps/exit-step";
import { KindStep } from "./steps/kind-step";
import { MoneyStep } from "./steps/money-step";
import { ReviewStep } from "./steps/review-step";
import { RisksStep } from "./steps/risks-step";
import { ScreeningStep } from "./steps/screening-step";
import { SectionsStep } from "./steps/sections-step";
import { SignificanceStep } from "./steps/significance-step";

export interface StepBodyExtras {
  base: string;
  arrangementId: number | undefined;
  missing: readonly Missing[];
  onScreenOut: () => void;
  screeningOut: boolean;
  onSubmit: () => void;
  submitting: boolean;
  submitted: boolean;
  outcome?: ReactNode;
  /** The outcome has something to say (a route created, or why not). */
  outcomeShown: boolean;
}

/** The fields of the step in hand. */
export function StepBody(props: StepProps & StepBodyExtras) {
  switch (props.step.id) {
    case "screening":
      return <ScreeningStep {...props} />;
    case "kind":
      return <KindStep {...props} />;
    case "basics":
      return <BasicsStep {...props} />;
    case "significance":
      return <SignificanceStep {...props} />;
    case "benefits-costs":
      return <MoneyStep {...props} />;
    case "risks":
      return <RisksStep {...props} />;
    case "considerations":
    case "governance":
      return <SectionsStep {...props} />;
    case "exit":
      return <ExitStep {...props} />;
    case "alternatives":
      return <AlternativesStep {...props} />;
    case "review":
      return <ReviewStep {...props} />;
  }
}
