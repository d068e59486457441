import { Button, Field, SearchBox, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { FilterDropdown } from "./filter-dropdown";
import type { FilterOptions } from "./filter-options";
import { isFiltered, type RegisterQuery } from "./register-query";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "16px",
    marginBottom: "12px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
  },
  top: { display: "flex", gap: "16px", alignItems: "flex-end", flexWrap: "wrap" },
  search: { flexGrow: 1, minWidth: "260px", maxWidth: "520px" },
  searchBox: { width: "100%", maxWidth: "none" },
  grow: { flexGrow: 1 },
  filters: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(160px, 1fr))", gap: "12px" },
});

type Update = (change: Partial<RegisterQuery>, options?: { replace?: boolean }) => void;

/**
 * Search and filters. Every change goes into the address straight away, so nothing is "applied"
 * later. Its own chunk (the dropdowns' popover code is ~20 KB gzip): it loads while the register's
 * data is read, so the first load stays inside the 250 KB budget without the officer waiting.
 */
export default function RegisterToolbar({ query, update, options }: { query: RegisterQuery; update: Update; options: FilterOptions }) {
  const styles = useStyles();
  return (
    <search className={styles.box} aria-label="Search and filter the register">
      <div className={styles.top}>
        <Field label="Search names, partners and purpose" className={styles.search}>
          <SearchBox
            className={styles.searchBox}
            value={query.text}
            placeholder="For example: waste, NHS, community safety"
            onChange={(_, data) => update({ text: data.value }, { replace: true })}
          />
        </Field>
        <Switch label="Only rows with data problems" checked={query.problems} onChange={(_, data) => update({ problems: data.checked })} />
        <span className={styles.grow} />
        <Button
          icon={<DismissRegular />}
          disabled={!isFiltered(query)}
          onClick={() => update({ text: "", kinds: [], categories: [], statuses: [], directorates: [], portfolios: [], review: [], problems: false })}
        >
          Clear filters
        </Button>
      </div>
      <div className={styles.filters}>
        <FilterDropdown label="Kind" anyLabel="Any kind" options={options.kinds} selected={query.kinds} onChange={(kinds) => update({ kinds })} />
        <FilterDropdown label="Category" anyLabel="Any category" options={options.categories} selected={query.categories} onChange={(categories) => update({ categories })} />
        <FilterDropdown label="Status" anyLabel="Any status" options={options.statuses} selected={query.statuses} onChange={(statuses) => update({ statuses })} />
        <FilterDropdown label="Directorate" anyLabel="Any directorate" options={options.directorates} selected={query.directorates} onChange={(directorates) => update({ directorates })} />
        <FilterDropdown label="Portfolio" anyLabel="Any portfolio" options={options.portfolios} selected={query.portfolios} onChange={(portfolios) => update({ portfolios })} />
        <FilterDropdown
          label="Review"
          anyLabel="Any review date"
          options={options.review}
          selected={query.review}
          onChange={(review) => update({ review: review.filter((r): r is RegisterQuery["review"][number] => r === "overdue" || r === "due-soon") })}
        />
      </div>
    </search>
  );
}
