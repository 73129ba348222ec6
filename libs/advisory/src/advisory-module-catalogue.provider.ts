import { CATALOGUE_FILES, type CatalogueFiles } from '#libs/config';
import type { FactoryProvider } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { defaultAdvisoryModules, type AdvisoryModule, type AdvisoryModuleCatalogue } from './domain/advisory-modules.js';

/** The delivery-module catalogue in force: `defaultAdvisoryModules`, extended by configuration. */
export const ADVISORY_MODULE_CATALOGUE = Symbol('ADVISORY_MODULE_CATALOGUE');

const KEY = /^[a-z0-9_]{1,64}$/;

/** A file's modules are added to the defaults; one with a default's key renames it (events store keys, so nothing recorded changes). */
export const mergeAdvisoryModules = (base: AdvisoryModuleCatalogue, extra: AdvisoryModuleCatalogue): AdvisoryModuleCatalogue => [
  ...new Map([...base, ...extra].map((m) => [m.key, m])).values(),
];

export const parseAdvisoryModules = (json: unknown, source: string): AdvisoryModule[] => {
  if (!Array.isArray(json)) throw new Error(`${source}: expected a JSON array of { "key": "...", "name": "..." }`);
  return json.map((entry: unknown, index) => {
    const { key, name } = (entry ?? {}) as Record<string, unknown>;
    if (typeof key !== 'string' || !KEY.test(key)) throw new Error(`${source}[${index}]: key must be 1–64 characters a–z, 0–9 or _`);
    if (typeof name !== 'string' || name.trim() === '') throw new Error(`${source}[${index}]: name is required`);
    return { key, name: name.trim() };
  });
};

/** Read once at start: a bad file stops the api rather than refusing deliveries later. */
export const loadAdvisoryModuleCatalogue = (file: string | undefined): AdvisoryModuleCatalogue => {
  if (!file) return defaultAdvisoryModules;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`ADVISORY_MODULES_FILE ${file}: ${(error as Error).message}`);
  }
  return mergeAdvisoryModules(defaultAdvisoryModules, parseAdvisoryModules(json, `ADVISORY_MODULES_FILE ${file}`));
};

export const advisoryModuleCatalogueProvider: FactoryProvider<AdvisoryModuleCatalogue> = {
  provide: ADVISORY_MODULE_CATALOGUE,
  inject: [{ token: CATALOGUE_FILES, optional: true }],
  useFactory: (files?: CatalogueFiles) => loadAdvisoryModuleCatalogue(files?.advisoryModulesFile),
};
