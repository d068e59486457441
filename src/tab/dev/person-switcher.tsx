import { Dropdown, Label, makeStyles, Option, useId } from "@fluentui/react-components";
import { useSession } from "../lib/session/session-context";
import { useAsync } from "../lib/data/use-async";
import { listLocalPeople } from "../lib/people/list-local-people";
import { writeLocalPersonCookie } from "./local-person-cookie";

const useStyles = makeStyles({
  field: { display: "flex", alignItems: "center", gap: "8px" },
  dropdown: { minWidth: "240px" },
  job: { display: "block", fontSize: "12px", opacity: 0.85 },
});

/**
 * Local development only: act as any person of the demo council, to see the register as a lead
 * officer, a portfolio holder or the Change Manager would. Loaded only when
 * `import.meta.env.DEV && mode === "local"`, so a production build contains none of it.
 */
export default function PersonSwitcher() {
  const styles = useStyles();
  const id = useId("acting-as");
  const session = useSession();
  const people = useAsync(listLocalPeople, []);
  const { actAs, user } = session;
  if (!actAs) return null;
  const list = people.status === "ready" ? people.data : [];
  return (
    <div className={styles.field}>
      <Label htmlFor={id} size="small">
        Acting as
      </Label>
      <Dropdown
        id={id}
        size="small"
        className={styles.dropdown}
        value={user.title}
        selectedOptions={[user.email]}
        onOptionSelect={(_, data) => {
          const person = list.find((p) => p.email === data.optionValue);
          if (!person) return;
          writeLocalPersonCookie(person.email);
          actAs({ email: person.email, title: person.title });
        }}
      >
        {list.map((p) => (
          <Option key={p.email} value={p.email} text={p.title}>
            <span>
              {p.title}
              <span className={styles.job}>{p.jobTitle}</span>
            </span>
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
