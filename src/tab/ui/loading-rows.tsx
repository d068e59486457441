import { makeStyles, Skeleton, SkeletonItem } from "@fluentui/react-components";

const useStyles = makeStyles({
  rows: { display: "grid", gap: "12px", marginTop: "8px" },
  row: { display: "grid", gridTemplateColumns: "3fr 1fr 1fr 1fr", gap: "16px" },
});

/** Placeholder rows while data loads, with a name for screen readers (the shapes mean nothing to them). */
export function LoadingRows({ label, rows = 6 }: { label: string; rows?: number }) {
  const styles = useStyles();
  return (
    <Skeleton aria-label={label} aria-busy="true" role="status" className={styles.rows}>
      {Array.from({ length: rows }, (_, i) => (
        <div className={styles.row} key={i}>
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
        </div>
      ))}
    </Skeleton>
  );
}
