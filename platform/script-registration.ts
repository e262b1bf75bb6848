// Keeps the one dynamic content-script registration in step with the settings. Calls are
// serialised (a sleeping service worker woken by a message also runs its start-up sync: two
// registrations at once used to fail with "Duplicate script ID"), and an existing registration is
// updated, never registered twice.
import type { ScriptRegistrationPlan } from '../core/script-registration';

export const REGISTRATION_ID = 'policy-context';
export const CONTENT_SCRIPT_FILE = '/policy-context.js';

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
  runAt: 'document_idle';
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
    const existing = await this.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
    if (!plan) {
      if (existing.length > 0) await this.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
      return;
    }
    const script: RegisteredScript = {
      id: REGISTRATION_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches: plan.matches,
      ...(plan.excludeMatches.length > 0 ? { excludeMatches: plan.excludeMatches } : {}),
      runAt: 'document_idle',
      allFrames: false,
    };
    if (existing.length > 0) {
      // updateContentScripts keeps fields not given: clear a stale exclude list explicitly.
      await this.scripting.updateContentScripts([{ ...script, excludeMatches: plan.excludeMatches }]);
      return;
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
