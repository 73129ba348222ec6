import { applyDecorators, type Type } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ProblemDetailsDto } from '#libs/platform';

/**
 * The OpenAPI description every figure route shares (the roles are declared beside it with @Roles).
 * `response` is the answer's class, or 'html' for a page answered as text/html.
 */
export const ApiFigure = (summary: string, response: Type<unknown> | 'html', description = '') =>
  applyDecorators(
    ApiBearerAuth(),
    ApiOperation({
      summary,
      description:
        `${description}\n\nPeriod: exactly one of year; year and quarter; year and month; from and to (business dates, both included; at most 10 years, and at most 2 years split into weeks: 400 beyond). The answer’s freshness says which events the figures include; by default the request waits (waitMs, default 5000) until they include everything recorded before it. Roles: controller, admin.`.trim(),
    }),
    response === 'html'
      ? ApiOkResponse({
          description: 'An HTML page (UTF-8), ready to print',
          content: { 'text/html': { schema: { type: 'string', example: '<!doctype html><html lang="sv">…</html>' } } },
        })
      : ApiOkResponse({ type: response }),
    ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'The period, region or another parameter is invalid: each is named with the reason' }),
    ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid bearer token' }),
    ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Only controllers and admins read the scorecard' }),
    ApiServiceUnavailableResponse({
      type: ProblemDetailsDto,
      description:
        "The read models did not reach the store's head as it was when the request arrived (or ?position=) within waitMs; `freshness` says how far behind. Ask ?stale=ok for the figures as they are",
    }),
  );
