import { z } from "zod";

/**
 * A person as SharePoint knows them: the site user id that User columns store, with the name and
 * e-mail SharePoint returns when the column is expanded. Only `id` is written back; the rest is
 * for display and may be missing when a list was read without expanding the column.
 */
export const personRefSchema = z.object({
  id: z.number().int().positive(),
  title: z.string().optional(),
  email: z.string().optional(),
});

export type PersonRef = z.infer<typeof personRefSchema>;
