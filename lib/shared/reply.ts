import * as z from 'zod/mini';

/** Every reply: the result, or a plain-English error. Nothing throws across the message boundary. */
export const BackgroundReply = z.union([
  z.object({ ok: z.literal(true), result: z.optional(z.unknown()) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type BackgroundReply = z.infer<typeof BackgroundReply>;
