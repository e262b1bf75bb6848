// The background's side of the protocol (core/protocol.ts): a zod schema per request. The
// background has no size budget, so zod checks its messages; the content script never imports this.
import * as z from 'zod/mini';
import { refusal, type BackgroundRequest, type Parsed } from './protocol';

z.config({ jitless: true }); // extension CSPs forbid eval; zod would otherwise probe Function('')

const EntityId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(120));
const NotThisScope = z.enum(['page', 'site', 'everywhere']);
const TabId = z.number().check(z.int(), z.nonnegative());

/** Asked of the background by content scripts and extension pages. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  /** The compact match index, asked once per annotated page (kept out of the content script's bundle). */
  z.strictObject({ type: z.literal('getMatchIndex') }),
  /** Everything a card needs in one round trip: the record and the names of its related entities. */
  z.strictObject({
    type: z.literal('getCard'),
    id: EntityId,
    articleDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    /** How the mark was found, for the card's small print (only for the marked entity). */
    match: z.optional(z.strictObject({
      via: z.enum(['exact', 'variant', 'fuzzy', 'context', 'backref']),
      text: z.string().check(z.maxLength(300)),
    })),
  }),
  /** The card's stylesheet, asked once per page (ADR 0016). */
  z.strictObject({ type: z.literal('getCardStyle') }),
  /** Open the extension's own page on an entity, next to the article (after a real click). */
  z.strictObject({ type: z.literal('openDetail'), id: EntityId }),
  /** "Not this" from a card: the page or site it applies to comes from the sender, not from here. */
  z.strictObject({ type: z.literal('addNotThis'), entityId: EntityId, scope: NotThisScope, text: z.string().check(z.minLength(1), z.maxLength(300)) }),
  z.strictObject({ type: z.literal('removeNotThis'), entityId: EntityId, scope: NotThisScope }),
  /**
   * Privileged, extension pages only: settings changed, bring the content-script registration in
   * step, and run the script in tabId now if given.
   */
  z.strictObject({ type: z.literal('syncSites'), tabId: z.optional(TabId) }),
]);


// The schema and the hand-written type must describe the same messages.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.infer<typeof BackgroundRequestSchema>, BackgroundRequest> = true;
void schemaMatchesType;

export function parseBackgroundRequest(message: unknown): Parsed<BackgroundRequest> {
  const r = BackgroundRequestSchema.safeParse(message);
  return r.success ? { ok: true, request: r.data } : refusal(message);
}
