import { z } from "zod";

/**
 * The shape of one SharePoint list, as written in `sharepoint-lists/<Title>.json`. One file drives
 * provisioning a real site, the local stand-in, and the tests that the domain's zod records agree
 * with what is stored.
 */
export const fieldTypes = [
  "Text",
  "Note",
  "Number",
  "Currency",
  "DateTime",
  "Choice",
  "MultiChoice",
  "Boolean",
  "User",
  "Lookup",
  "URL",
] as const;
export type FieldType = (typeof fieldTypes)[number];

export const fieldDefinitionSchema = z
  .object({
    /** SharePoint internal name (PascalCase, no spaces); `Title` is the built-in title column. */
    internalName: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    displayName: z.string().min(1),
    type: z.enum(fieldTypes),
    /** The property of the domain record this column holds. */
    property: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    required: z.boolean().default(false),
    indexed: z.boolean().default(false),
    description: z.string().optional(),
    choices: z.array(z.string().min(1)).optional(),
    /** Note columns whose text is JSON the app reads back (malformed JSON is reported, not fixed). */
    json: z.boolean().optional(),
    /** DateTime: date only (no time of day). */
    dateOnly: z.boolean().optional(),
    /** User: allows several people. */
    multiple: z.boolean().optional(),
    /** Lookup: the list title it points at (shows that list's Title). */
    lookupList: z.string().optional(),
    /** Never published in the register's public view or exports. */
    confidential: z.boolean().optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    if ((field.type === "Choice" || field.type === "MultiChoice") && !field.choices?.length) {
      ctx.addIssue({ code: "custom", message: `${field.internalName}: a ${field.type} column needs choices` });
    }
    if (field.type === "Lookup" && !field.lookupList) {
      ctx.addIssue({ code: "custom", message: `${field.internalName}: a Lookup column needs lookupList` });
    }
  });

export const listDefinitionSchema = z
  .object({
    title: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/),
    description: z.string().min(1),
    /** The domain record this list stores (e.g. "arrangement"). */
    record: z.string().min(1),
    fields: z.array(fieldDefinitionSchema).min(1),
  })
  .strict();

export type FieldDefinition = z.infer<typeof fieldDefinitionSchema>;
export type ListDefinition = z.infer<typeof listDefinitionSchema>;
