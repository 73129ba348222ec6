import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Deeper bodies are refused before anything walks them recursively (class-transformer would overflow the stack). */
export const MAX_BODY_DEPTH = 32;

/** Keys that reach an object's prototype in careless code; never a field of ours. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** ASCII control characters except tab, line feed and carriage return; NUL among them (PostgreSQL refuses it). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Names are one line: no tab or line break either. */
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isNameField = (key: string): boolean => key === 'name' || key.endsWith('Name') || key.endsWith('Id');

interface BadInput {
  readonly field: string;
  readonly reason: string;
  readonly code: string;
}

const stringProblem = (value: string, field: string, key: string): BadInput | undefined => {
  if (value.includes('\u0000')) return { field, code: 'nul-character', reason: `${field} contains a NUL character` };
  if (LONE_SURROGATE.test(value)) return { field, code: 'lone-surrogate', reason: `${field} contains a lone UTF-16 surrogate: not valid Unicode text` };
  if (CONTROL.test(value)) return { field, code: 'control-character', reason: `${field} contains an ASCII control character` };
  if (isNameField(key) && LINE_BREAK_OR_TAB.test(value)) return { field, code: 'control-character', reason: `${field} is one line: no tab or line break` };
  return undefined;
};

/**
 * The first bad thing in a parsed JSON body, walked iteratively (never recursively, whatever the depth): too
 * deep, a forbidden key, or a string (key or value) with NUL, a lone surrogate or a control character.
 */
export function findBadInput(body: unknown, maxDepth = MAX_BODY_DEPTH): BadInput | undefined {
  const stack: { value: unknown; path: string; key: string; depth: number }[] = [{ value: body, path: '', key: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, key, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value, path || 'body', key);
      if (problem) return problem;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { field: path || 'body', code: 'body-too-deep', reason: `The body nests deeper than ${maxDepth} levels` };
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]] as const);
    for (const [childKey, child] of entries) {
      const childPath = Array.isArray(value) ? `${path}[${childKey}]` : path ? `${path}.${childKey}` : childKey;
      if (!Array.isArray(value)) {
        if (FORBIDDEN_KEYS.has(childKey)) return { field: childPath, code: 'forbidden-field', reason: `${childKey} is not a field of any request` };
        const keyProblem = stringProblem(childKey, `${childPath} (the field name)`, '');
        if (keyProblem) return keyProblem;
      }
      stack.push({ value: child, path: childPath, key: childKey, depth: depth + 1 });
    }
  }
  return undefined;
}

const refuse = (bad: BadInput): BadRequestException =>
  new BadRequestException({ message: `Invalid request: ${bad.field}: ${bad.reason}`, errors: [{ field: bad.field, reason: bad.reason }], code: bad.code });

/**
 * Refuses with 400, before validation and before anything is recorded: bad bodies (see `findBadInput`), and
 * path or query text with control characters or invalid Unicode (ids go into stream names and SQL).
 */
export function inputGuardMiddleware(request: Request, _response: Response, next: NextFunction): void {
  let path: string;
  try {
    // originalUrl: middleware mounted on a route pattern sees a shortened request.path.
    path = decodeURIComponent((request.originalUrl ?? request.url).split('?')[0]);
  } catch {
    return next(refuse({ field: 'path', code: 'malformed-path', reason: 'The path is not valid percent-encoded UTF-8' }));
  }
  const pathProblem = stringProblem(path, 'path', '');
  if (pathProblem) return next(refuse(pathProblem));
  const queryProblem = findBadInput(request.query, 4);
  if (queryProblem) return next(refuse({ ...queryProblem, field: `query ${queryProblem.field}` }));
  const bodyProblem = findBadInput(request.body);
  if (bodyProblem) return next(refuse(bodyProblem));
  next();
}
