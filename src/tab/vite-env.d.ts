/// <reference types="vite/client" />

/** The tab's settings, read and checked once by app/config/read-config.ts. */
interface ImportMetaEnv {
  readonly VITE_MODE?: string;
  readonly VITE_TENANT_ID?: string;
  readonly VITE_CLIENT_ID?: string;
  readonly VITE_SITE_URL?: string;
  readonly VITE_BOT_ID?: string;
  readonly VITE_COUNCIL_NAME?: string;
  readonly VITE_LOCAL_USER?: string;
  /** Tenant: the approvals bot's notify endpoint, e.g. https://<bot host>/api/notify (src/tab/lib/bot/notify-bot.ts). */
  readonly VITE_BOT_NOTIFY_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
