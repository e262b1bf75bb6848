// The content-script registration: computed from the settings (nothing where the reader is off),
// and serialised so a burst of syncs (start-up and a message at once) never registers twice.
import { describe, expect, it } from 'vitest';
import { planScriptRegistration } from '../../core/script-registration';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { CONTENT_SCRIPT_FILE, PIN_REGISTRATION_ID, PIN_SCRIPT_FILE, REGISTRATION_ID, ScriptRegistrar, type RegisteredScript, type ScriptingApi } from '../../platform/script-registration';

/** Behaves like Chrome's scripting API: all or nothing per call, the duplicate-id error, async gaps. */
function fakeScripting() {
  const registered = new Map<string, RegisteredScript>();
  const tick = () => new Promise((r) => setTimeout(r, Math.random() * 5));
  const api: ScriptingApi = {
    async getRegisteredContentScripts({ ids }) {
      await tick();
      return ids.filter((id) => registered.has(id)).map((id) => ({ id }));
    },
    async registerContentScripts(scripts) {
      await tick();
      const taken = scripts.find((s) => registered.has(s.id));
      if (taken) throw new Error(`Duplicate script ID '${taken.id}'`);
      for (const s of scripts) registered.set(s.id, s);
    },
    async updateContentScripts(scripts) {
      await tick();
      const missing = scripts.find((s) => !registered.has(s.id));
      if (missing) throw new Error(`Content script with ID '${missing.id}' does not exist.`);
      for (const s of scripts) registered.set(s.id, { ...registered.get(s.id)!, ...s });
    },
    async unregisterContentScripts({ ids }) {
      await tick();
      ids.forEach((id) => registered.delete(id));
    },
  };
  return { api, registered };
}

describe('registration plan', () => {
  it('covers the curated sites and opt-in sites, excludes switched-off sites, and is nothing when off everywhere', () => {
    const plan = planScriptRegistration({ ...DEFAULT_SETTINGS, enabledSites: ['myblog.test'], disabledSites: ['reuters.com'] })!;
    expect(plan.matches).toContain('*://*.scmp.com/*');
    expect(plan.matches).toContain('*://myblog.test/*');
    expect(plan.excludeMatches).toEqual(['*://reuters.com/*', '*://www.reuters.com/*']);
    expect(planScriptRegistration({ ...DEFAULT_SETTINGS, enabled: false })).toBeUndefined();
  });
});

describe('ScriptRegistrar', () => {
  it('ten concurrent syncs leave exactly the two registrations and none fails', async () => {
    const { api, registered } = fakeScripting();
    const registrar = new ScriptRegistrar(api);
    const plan = planScriptRegistration(DEFAULT_SETTINGS);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => registrar.sync(plan)));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect([...registered.keys()].sort()).toEqual([REGISTRATION_ID, PIN_REGISTRATION_ID].sort());
  });
  it('the pin script runs first (document_start), on exactly the main script\'s sites', async () => {
    const { api, registered } = fakeScripting();
    await new ScriptRegistrar(api).sync(planScriptRegistration({ ...DEFAULT_SETTINGS, enabledSites: ['myblog.test'], disabledSites: ['ft.com'] }));
    const pin = registered.get(PIN_REGISTRATION_ID)!;
    const main = registered.get(REGISTRATION_ID)!;
    expect([pin.js, pin.runAt, main.js, main.runAt]).toEqual([[PIN_SCRIPT_FILE], 'document_start', [CONTENT_SCRIPT_FILE], 'document_idle']);
    expect(pin.matches).toEqual(main.matches);
    expect(pin.excludeMatches).toEqual(main.excludeMatches);
  });
  it('clears both scripts\' old exclude lists together', async () => {
    const { api, registered } = fakeScripting();
    const registrar = new ScriptRegistrar(api);
    await registrar.sync(planScriptRegistration({ ...DEFAULT_SETTINGS, disabledSites: ['ft.com'] }));
    await registrar.sync(planScriptRegistration(DEFAULT_SETTINGS));
    expect([registered.get(PIN_REGISTRATION_ID)!.excludeMatches, registered.get(REGISTRATION_ID)!.excludeMatches]).toEqual([[], []]);
  });
  it('a build without the pin (Firefox) registers only the main script, and removes a pin left registered', async () => {
    const { api, registered } = fakeScripting();
    await new ScriptRegistrar(api).sync(planScriptRegistration(DEFAULT_SETTINGS));
    await new ScriptRegistrar(api, false).sync(planScriptRegistration(DEFAULT_SETTINGS));
    expect([...registered.keys()]).toEqual([REGISTRATION_ID]);
  });
  it('an install from before the pin script (main registration only) gets the pin added', async () => {
    const { api, registered } = fakeScripting();
    await api.registerContentScripts([{ id: REGISTRATION_ID, js: [CONTENT_SCRIPT_FILE], matches: ['*://old.test/*'], runAt: 'document_idle', allFrames: false }]);
    await new ScriptRegistrar(api).sync(planScriptRegistration(DEFAULT_SETTINGS));
    expect(registered.get(PIN_REGISTRATION_ID)?.runAt).toBe('document_start');
    expect(registered.get(REGISTRATION_ID)!.matches).toContain('*://*.scmp.com/*');
  });
  it('treats a registration made meanwhile by another context as success (updates it)', async () => {
    const { api, registered } = fakeScripting();
    let lied = false;
    const racing: ScriptingApi = { ...api, getRegisteredContentScripts: async (f) => (lied ? api.getRegisteredContentScripts(f) : ((lied = true), [])) }; // saw none, but they exist
    await new ScriptRegistrar(api).sync(planScriptRegistration(DEFAULT_SETTINGS));
    await expect(new ScriptRegistrar(racing).sync(planScriptRegistration({ ...DEFAULT_SETTINGS, disabledSites: ['ft.com'] }))).resolves.toBeUndefined();
    expect(registered.get(REGISTRATION_ID)!.excludeMatches).toEqual(['*://ft.com/*', '*://www.ft.com/*']);
  });
  it('clears an old exclude list and unregisters when switched off everywhere', async () => {
    const { api, registered } = fakeScripting();
    const registrar = new ScriptRegistrar(api);
    await registrar.sync(planScriptRegistration({ ...DEFAULT_SETTINGS, disabledSites: ['ft.com'] }));
    await registrar.sync(planScriptRegistration(DEFAULT_SETTINGS));
    expect(registered.get(REGISTRATION_ID)!.excludeMatches).toEqual([]);
    await registrar.sync(undefined);
    expect(registered.size).toBe(0);
  });
  it('one script registered meanwhile by another context: the sync looks again, updates it and registers the other', async () => {
    const { api, registered } = fakeScripting();
    const plan = planScriptRegistration({ ...DEFAULT_SETTINGS, disabledSites: ['ft.com'] })!;
    let first = true;
    // Saw none; meanwhile an older background registered the main script with an old exclude list.
    const racing: ScriptingApi = { ...api, getRegisteredContentScripts: async (f) => {
      if (!first) return api.getRegisteredContentScripts(f);
      first = false;
      await api.registerContentScripts([{ id: REGISTRATION_ID, js: [CONTENT_SCRIPT_FILE], matches: ['*://old.test/*'], excludeMatches: ['*://x.test/*'], runAt: 'document_idle', allFrames: false }]);
      return [];
    } };
    await new ScriptRegistrar(racing).sync(plan);
    expect([...registered.keys()].sort()).toEqual([REGISTRATION_ID, PIN_REGISTRATION_ID].sort());
    expect(registered.get(REGISTRATION_ID)!.excludeMatches).toEqual(plan.excludeMatches);
  });
  it('a pin that cannot be registered (its file missing) still leaves the main script registered', async () => {
    const { api, registered } = fakeScripting();
    const noPin: ScriptingApi = { ...api, registerContentScripts: async (scripts) => {
      if (scripts.some((s) => s.id === PIN_REGISTRATION_ID)) throw new Error("Could not load file: 'pin-api.js'.");
      return api.registerContentScripts(scripts);
    } };
    await new ScriptRegistrar(noPin).sync(planScriptRegistration(DEFAULT_SETTINGS));
    expect([...registered.keys()]).toEqual([REGISTRATION_ID]);
  });
  it('a failed sync does not block the next one', async () => {
    const { api, registered } = fakeScripting();
    let failures = 2; // the first try and its retry
    const flaky: ScriptingApi = { ...api, getRegisteredContentScripts: async (f) => { if (failures > 0) { failures--; throw new Error('worker asleep'); } return api.getRegisteredContentScripts(f); } };
    const registrar = new ScriptRegistrar(flaky);
    await expect(registrar.sync(planScriptRegistration(DEFAULT_SETTINGS))).rejects.toThrow('worker asleep');
    await registrar.sync(planScriptRegistration(DEFAULT_SETTINGS));
    expect(registered.size).toBe(2);
  });
});
