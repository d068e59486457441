import { makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft16Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { findSimilar } from "../../domain/similarity/find-similar";
import { describeError } from "../../sharepoint/describe-error";
import { useAsync } from "../lib/data/use-async";
import { usePolicy } from "../lib/policy/policy-context";
import { Link } from "../lib/router/link";
import { navigate } from "../lib/router/history-location";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { PageHeading } from "../ui/page-heading";
import { createProposal } from "./create-proposal";
import { parsePartners } from "./parse-partners";
import { ProposalForm } from "./proposal-form";
import { readMatchCandidates } from "./read-match-candidates";
import { SimilarArrangements } from "./similar-arrangements";
import { useDebouncedValue } from "./use-debounced-value";
import { validateProposal, type ProposalErrors, type ProposalInput } from "./validate-proposal";

const useStyles = makeStyles({
  back: { display: "inline-flex", alignItems: "center", gap: "4px", marginBottom: "12px", color: tokens.colorBrandForegroundLink },
  layout: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 380px), 1fr))", gap: "20px", alignItems: "start" },
  error: { marginBottom: "16px" },
});

const empty: ProposalInput = { name: "", partners: "", purpose: "", kind: "" };

/** A new arrangement: a short form, with the register's similar arrangements shown as it is typed. */
export default function ProposalPage() {
  const styles = useStyles();
  const { sp, user } = useSession();
  const { pack } = usePolicy();
  const kinds = pack.kinds.map((k) => k.id);
  const [values, setValues] = useState<ProposalInput>(empty);
  const [errors, setErrors] = useState<ProposalErrors>({});
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const candidates = useAsync(() => readMatchCandidates(sp), [sp]);
  const typed = useDebouncedValue(values, 300);
  const matches = useMemo(
    () => (candidates.status === "ready" ? findSimilar({ name: typed.name, partners: parsePartners(typed.partners), purpose: typed.purpose }, candidates.data) : []),
    [candidates, typed],
  );

  const change = (field: keyof ProposalInput, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // Once someone has tried to submit, each message goes away as soon as its field is right.
    if (tried) setErrors(validateProposal(next, kinds));
  };

  const submit = (): ProposalErrors => {
    setTried(true);
    const found = validateProposal(values, kinds);
    setErrors(found);
    if (Object.keys(found).length === 0) void save();
    return found;
  };

  const save = async () => {
    setBusy(true);
    setSaveError(undefined);
    try {
      const id = await createProposal(sp, values, pack, { id: user.id, title: user.title, email: user.email });
      navigate(`/partnerships/${id}`);
    } catch (error) {
      // What was typed stays in the form, so nothing is lost; the officer can simply try again.
      console.error("[proposal] saving failed:", error);
      setSaveError(describeError(error));
      setBusy(false);
    }
  };

  return (
    <>
      <Link to="/" className={styles.back}>
        <ArrowLeft16Regular aria-hidden="true" />
        Back to the register
      </Link>
      <PageHeading
        title="Propose a new arrangement"
        lead={`Start with the essentials. It is saved as proposed, with you as the lead officer, under ${pack.name} version ${pack.version}; the evaluation follows.`}
      />
      {saveError && (
        <div className={styles.error}>
          <ErrorMessage title="The proposal was not saved" message={`${saveError} What you typed is still here.`} />
        </div>
      )}
      <div className={styles.layout}>
        <ProposalForm values={values} errors={errors} busy={busy} onChange={change} onSubmit={submit} />
        <SimilarArrangements matches={matches} typed={Boolean(typed.name.trim() || typed.partners.trim() || typed.purpose.trim())} state={candidates.status} />
      </div>
    </>
  );
}
