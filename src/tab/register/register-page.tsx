import { useSession } from "../lib/session/session-context";
import { useAsync } from "../lib/data/use-async";
import { ArrangementsTable } from "../ui/arrangements-table";
import { EmptyState } from "../ui/empty-state";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { readRegister } from "./read-register";

/** The register: every partnership, shared service and working group the council has recorded. */
export default function RegisterPage() {
  const { sp } = useSession();
  const register = useAsync(() => readRegister(sp), [sp]);
  const count = register.status === "ready" ? register.data.length : undefined;
  return (
    <>
      <PageHeading
        title="Register of partnerships"
        lead={
          count === undefined
            ? "Every partnership, shared service and working group the council takes part in."
            : `${count} ${count === 1 ? "arrangement" : "arrangements"}: every partnership, shared service and working group the council takes part in.`
        }
      />
      {register.status === "loading" && <LoadingRows label="Loading the register" />}
      {register.status === "error" && <ErrorMessage title="The register could not be loaded" message={register.message} onRetry={register.reload} />}
      {register.status === "ready" &&
        (register.data.length === 0 ? (
          <EmptyState title="The register is empty">No partnerships, shared services or working groups have been recorded yet.</EmptyState>
        ) : (
          <ArrangementsTable rows={register.data} label="Register of partnerships" />
        ))}
    </>
  );
}
