// Keeps the dynamic content-script registrations in step with the settings: the main script at
// document_idle and, on the same sites, a tiny one at document_start that pins the browser's API
// before the page has elements (entrypoints/pin-api.ts). Calls are serialised (a sleeping service
// worker woken by a message also runs its start-up sync: two registrations at once used to fail
// with "Duplicate script ID"), and an existing registration is updated, never registered twice.
import type { ScriptRegistrationPlan } from '../core/script-registration';

export const REGISTRATION_ID = 'policy-context';
export const CONTENT_SCRIPT_FILE = '/policy-context.js';
export const PIN_REGISTRATION_ID = 'policy-context-pin';
export const PIN_SCRIPT_FILE = '/pin-api.js';

/** The registrations, in the order they run on a page; the pin only where it is built (Chrome). */
function scriptsFor(withPin: boolean) {
  return [
    ...(withPin ? [{ id: PIN_REGISTRATION_ID, file: PIN_SCRIPT_FILE, runAt: 'document_start' as const }] : []),
    { id: REGISTRATION_ID, file: CONTENT_SCRIPT_FILE, runAt: 'document_idle' as const },
  ];
}

/** The part of browser.scripting this module uses (a fake in tests). */
export interface ScriptingApi {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
}

export interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches?: string[];
  runAt: 'document_start' | 'document_idle';
  allFrames: false;
  persistAcrossSessions?: boolean;
}

export class ScriptRegistrar {
  private queue: Promise<unknown> = Promise.resolve();

  /** `withPin`: also register the document_start pin script (the Chrome build has it; Firefox needs none). */
  constructor(private readonly scripting: ScriptingApi, private readonly withPin = true) {}

  /** Brings the registrations in line with plan (undefined: none). Resolves when this sync is done. */
  sync(plan: ScriptRegistrationPlan | undefined): Promise<void> {
    const run = this.queue.then(() => this.apply(plan));
    this.queue = run.catch(() => undefined); // one failed sync must not block the next
    return run;
  }

  private async apply(plan: ScriptRegistrationPlan | undefined): Promise<void> {
    try {
      await this.applyOnce(plan);
    } catch {
      // Another context (an older background instance) registered one or both meanwhile: Chrome says
      // "Duplicate script ID", Firefox "already registered". Look again and redo the split once.
      await this.applyOnce(plan);
    }
  }

  private async applyOnce(plan: ScriptRegistrationPlan | undefined): Promise<void> {
    const ours = [PIN_REGISTRATION_ID, REGISTRATION_ID];
    const existing = new Set((await this.scripting.getRegisteredContentScripts({ ids: ours })).map((s) => s.id));
    const wanted = plan ? scriptsFor(this.withPin) : [];
    // Off everywhere, or a pin this build does not have: unregister what is not wanted.
    const unwanted = [...existing].filter((id) => !wanted.some((s) => s.id === id));
    if (unwanted.length > 0) await this.scripting.unregisterContentScripts({ ids: unwanted });
    if (!plan) return;
    const scripts: RegisteredScript[] = wanted.map(({ id, file, runAt }) => ({
      id,
      js: [file],
      matches: plan.matches,
      ...(plan.excludeMatches.length > 0 ? { excludeMatches: plan.excludeMatches } : {}),
      runAt,
      allFrames: false,
    }));
    // Each kind in one call, so the two change together. updateContentScripts keeps fields not
    // given: a stale exclude list is cleared explicitly.
    const update = scripts.filter((s) => existing.has(s.id)).map((s) => ({ ...s, excludeMatches: plan.excludeMatches }));
    const register = scripts.filter((s) => !existing.has(s.id)).map((s) => ({ ...s, persistAcrossSessions: true }));
    if (update.length > 0) await this.scripting.updateContentScripts(update);
    if (register.length === 0) return;
    try {
      await this.scripting.registerContentScripts(register);
    } catch (error) {
      // The pin alone failing (its file missing, say) must not leave pages without the main script.
      const main = register.filter((s) => s.id !== PIN_REGISTRATION_ID);
      if (main.length === register.length || main.length === 0) throw error;
      await this.scripting.registerContentScripts(main);
    }
  }
}
