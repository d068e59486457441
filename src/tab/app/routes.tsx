import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { matchPath, type RouteParams } from "../lib/router/match-path";
import type { Sp } from "../lib/session/session-sp";

/** The part of the tab a page belongs to; the navigation marks it as the current one. */
export type Section = "register" | "published" | "dashboard" | "my-work" | "admin";

/** Every page gets the route's parameters (e.g. `{ id: "12" }` on a record). */
export interface PageProps {
  params: RouteParams;
}

export interface TabRoute {
  pattern: string;
  section: Section;
  /** The document title until the page sets a more specific one (the record's name). */
  title: string;
  Page: LazyExoticComponent<ComponentType<PageProps>>;
  /** Starts the page's data read as soon as the session can, before the page's code has loaded. */
  prefetch?: (sp: Sp) => void;
}

/*
 * Each page is its own chunk, so the register's first load carries only the register. Feature
 * teams replace the pages; keep each import pointing at the page file itself (no barrels), so
 * the wizard, charts and admin never join the register's chunk.
 */
const RegisterPage = lazy(() => import("../register/register-page"));
const RecordPage = lazy(() => import("../record/record-page"));
const DashboardPage = lazy(() => import("../dashboard/dashboard-page"));
const MyWorkPage = lazy(() => import("../my-work/my-work-page"));
const AdminPage = lazy(() => import("../admin/admin-page"));
const WizardStartPage = lazy(() => import("../wizard/start-page"));
const WizardPage = lazy(() => import("../wizard/wizard-page"));
const PublishedPage = lazy(() => import("../publication/published-page"));
const ImportPage = lazy(() => import("../import/import-page"));
const ExitPage = lazy(() => import("../exit/exit-page"));
const RegisterReviewPage = lazy(() => import("../register-review/register-review-page"));
const RegisterReportPage = lazy(() => import("../register-review/register-report-page"));
const ReviewFormPage = lazy(() => import("../reviews/review-form-page"));
const AssuranceSummaryPage = lazy(() => import("../reviews/assurance-summary-page"));
const PerformanceReportPage = lazy(() => import("../monitoring/performance-report-page"));
const RepresentationReviewPage = lazy(() => import("../monitoring/representation-review-page"));

export const routes: readonly TabRoute[] = [
  {
    pattern: "/",
    section: "register",
    title: "Register",
    Page: RegisterPage,
    prefetch: (sp) => void import("../register/register-feed").then((m) => m.prefetchRegister(sp)),
  },
  { pattern: "/partnerships/:id", section: "register", title: "Arrangement", Page: RecordPage },
  { pattern: "/partnerships/:id/exit", section: "register", title: "Begin an exit", Page: ExitPage },
  { pattern: "/new", section: "register", title: "New arrangement", Page: WizardStartPage },
  { pattern: "/partnerships/:id/evaluation", section: "register", title: "Evaluation", Page: WizardPage },
  { pattern: "/dashboard", section: "dashboard", title: "Dashboard", Page: DashboardPage },
  { pattern: "/my-work", section: "my-work", title: "My work", Page: MyWorkPage },
  { pattern: "/admin", section: "admin", title: "Admin", Page: AdminPage },
  { pattern: "/published", section: "published", title: "Published register", Page: PublishedPage },
  { pattern: "/admin/import", section: "admin", title: "Import a spreadsheet register", Page: ImportPage },
  { pattern: "/reviews/register", section: "admin", title: "Annual register review", Page: RegisterReviewPage },
  { pattern: "/reviews/register/:year", section: "admin", title: "Annual register review", Page: RegisterReviewPage },
  { pattern: "/reviews/register/:year/report", section: "admin", title: "Register report", Page: RegisterReportPage },
  { pattern: "/partnerships/:id/reviews/:reviewId", section: "register", title: "Review", Page: ReviewFormPage },
  { pattern: "/reports/assurance", section: "dashboard", title: "Governance assurance", Page: AssuranceSummaryPage },
  { pattern: "/reports/performance", section: "dashboard", title: "Performance of key partnerships", Page: PerformanceReportPage },
  { pattern: "/reports/performance/:half", section: "dashboard", title: "Performance of key partnerships", Page: PerformanceReportPage },
  { pattern: "/reports/representation", section: "dashboard", title: "Review of representation", Page: RepresentationReviewPage },
];

/** The navigation, in order. Admin is for the Change Manager; the admin feature will enforce that. */
export const sections: readonly { section: Section; to: string; label: string }[] = [
  { section: "register", to: "/", label: "Register" },
  { section: "published", to: "/published", label: "Published register" },
  { section: "dashboard", to: "/dashboard", label: "Dashboard" },
  { section: "my-work", to: "/my-work", label: "My work" },
  { section: "admin", to: "/admin", label: "Admin" },
];

export function findRoute(path: string): { route: TabRoute; params: RouteParams } | undefined {
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return undefined;
}
