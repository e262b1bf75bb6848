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

/** Both registrations, in the order they run on a page. */
const SCRIPTS = [
  { id: PIN_REGISTRATION_ID, file: PIN_SCRIPT_FILE, runAt: 'document_start' },
  { id: REGISTRATION_ID, file: CONTENT_SCRIPT_FILE, runAt: 'document_idle' },
] as const;

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

  constructor(private readonly scripting: ScriptingApi) {}

  /** Brings the registration in line with plan (undefined: none). Resolves when this sync is done. */
  sync(plan: ScriptRegistrationPlan | undefined): Promise<void> {
    const run = this.queue.then(() => this.apply(plan));
    this.queue = run.catch(() => undefined); // one failed sync must not block the next
    return run;
  }

  private async apply(plan: ScriptRegistrationPlan | undefined): Promise<void> {
    const ids = SCRIPTS.map((s) => s.id);
    const existing = new Set((await this.scripting.getRegisteredContentScripts({ ids })).map((s) => s.id));
    if (!plan) {
      if (existing.size > 0) await this.scripting.unregisterContentScripts({ ids: [...existing] });
      return;
    }
    for (const { id, file, runAt } of SCRIPTS) {
      const script: RegisteredScript = {
        id,
        js: [file],
        matches: plan.matches,
        ...(plan.excludeMatches.length > 0 ? { excludeMatches: plan.excludeMatches } : {}),
        runAt,
        allFrames: false,
      };
      if (existing.has(id)) {
        // updateContentScripts keeps fields not given: clear a stale exclude list explicitly.
        await this.scripting.updateContentScripts([{ ...script, excludeMatches: plan.excludeMatches }]);
        continue;
      }
      try {
        await this.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
      } catch (error) {
        // Registered meanwhile by another context (an older background instance): update it instead.
        if (/duplicate/i.test(String(error))) await this.scripting.updateContentScripts([script]);
        else throw error;
      }
    }
  }
}
