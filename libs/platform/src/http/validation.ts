import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

const flatten = (errors: readonly ValidationError[], prefix = ''): { field: string; reason: string }[] =>
  errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });

/** Whitelist, refuse unknown fields, transform; a 400 names every bad field and why. */
export const validationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const list = flatten(errors);
      return new BadRequestException({
        message: `Invalid request: ${list.map((e) => `${e.field}: ${e.reason}`).join('; ')}`,
        errors: list,
        code: 'validation-failed',
      });
    },
  });
