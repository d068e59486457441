import type { PersonRef } from "../domain/records/person-ref";
import type { SharePointItem } from "./lists/map-item";

export interface LatestChange {
  changedBy?: PersonRef;
  changedAt?: string;
  etag?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Who last saved an item and when, from an item read with `Editor/Id,Editor/Title,Editor/EMail,Modified`. */
export function latestChangeOf(item: SharePointItem): LatestChange {
  const editor = item.Editor;
  const changedBy: PersonRef | undefined =
    isObject(editor) && typeof editor.Id === "number"
      ? {
          id: editor.Id,
          ...(typeof editor.Title === "string" ? { title: editor.Title } : {}),
          ...(typeof editor.EMail === "string" ? { email: editor.EMail } : {}),
        }
      : undefined;
  const etag = item["odata.etag"];
  return {
    ...(changedBy ? { changedBy } : {}),
    ...(typeof item.Modified === "string" ? { changedAt: item.Modified } : {}),
    ...(typeof etag === "string" ? { etag } : {}),
  };
}
