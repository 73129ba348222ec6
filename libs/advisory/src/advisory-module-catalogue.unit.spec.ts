import { defaultAdvisoryModules } from './domain/advisory-modules.js';
import { mergeAdvisoryModules, parseAdvisoryModules } from './advisory-module-catalogue.provider.js';

describe('the delivery-module catalogue from configuration', () => {
  it('adds the configured modules to the defaults and renames a default by its key', () => {
    const configured = parseAdvisoryModules(
      [
        { key: 'exportcoaching', name: 'Exportcoaching' },
        { key: 'framtidsdialog', name: 'Framtidsdialog 2.0' },
      ],
      'test',
    );
    const catalogue = mergeAdvisoryModules(defaultAdvisoryModules, configured);
    expect(catalogue).toHaveLength(defaultAdvisoryModules.length + 1);
    expect(catalogue.find((m) => m.key === 'exportcoaching')?.name).toBe('Exportcoaching');
    expect(catalogue.find((m) => m.key === 'framtidsdialog')?.name).toBe('Framtidsdialog 2.0');
  });

  it('refuses a file that is not a list of keys and names, saying where', () => {
    expect(() => parseAdvisoryModules({ key: 'x', name: 'X' }, 'modules.json')).toThrow(/modules\.json: expected a JSON array/);
    expect(() => parseAdvisoryModules([{ key: 'Export Coaching', name: 'X' }], 'modules.json')).toThrow(/modules\.json\[0\]: key/);
    expect(() => parseAdvisoryModules([{ key: 'ok' }], 'modules.json')).toThrow(/modules\.json\[0\]: name/);
  });
});
