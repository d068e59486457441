import { Badge, type BadgeProps } from "@fluentui/react-components";
import { stateLabels, type LifecycleState } from "../../domain/lifecycle/states";

/** Colour groups the states the way officers think of them; the label always says the state in words. */
const colourOf: Record<LifecycleState, NonNullable<BadgeProps["color"]>> = {
  proposed: "informative",
  screening: "informative",
  evaluation: "informative",
  "awaiting-opinions": "warning",
  "awaiting-approval": "warning",
  active: "success",
  "under-review": "warning",
  exiting: "severe",
  ended: "subtle",
  rejected: "danger",
  "screened-out": "subtle",
  withdrawn: "subtle",
};

/** `className` lets a narrow table column wrap a long state ("Awaiting statutory opinions"). */
export function StatusBadge({ status, className }: { status: LifecycleState | undefined; className?: string }) {
  if (!status) return <Badge appearance="outline" color="subtle" className={className}>Unknown</Badge>;
  return (
    <Badge appearance="tint" color={colourOf[status]} shape="rounded" className={className}>
      {stateLabels[status]}
    </Badge>
  );
}
