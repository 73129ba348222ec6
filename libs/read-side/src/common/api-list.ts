import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Role } from '#libs/decider';
import { ProblemDetailsDto, Roles } from '#libs/platform';

/** The envelope of every list; the item schema is filled in per route (see ApiRead). */
export class PageDto {
  @ApiProperty({ description: 'The cursor of the next page (pass it as ?cursor=), null on the last page', nullable: true, type: String, example: 'WyIyMDI2LTAzLTAyIiwiYWJjIl0' })
  nextCursor!: string | null;

  @ApiProperty({ description: 'The global position the answer reflects: every event up to it is included', example: '812-4410' })
  position!: string;
}

/** A named page class per item type, so the OpenAPI document (and the clients generated from it) has e.g. `CustomerPage`. */
export function PageOf<T>(item: Type<T>, name: string): Type<PageDto & { items: T[] }> {
  class Page extends PageDto {
    items!: T[];
  }
  ApiProperty({ type: [item], description: 'This page, in the list’s stable order' })(Page.prototype, 'items');
  Object.defineProperty(Page, 'name', { value: name });
  return Page as Type<PageDto & { items: T[] }>;
}

interface ReadRoute {
  summary: string;
  roles: Role[];
  description?: string;
  /** The answer's class: a PageOf(...) for lists. */
  response: Type<unknown>;
  notFound?: string;
  /** An example answer, shown in the OpenAPI document. */
  example?: unknown;
}

/** Roles, the OpenAPI operation, the answer's schema and the errors every read route shares. */
export const ApiRead = ({ summary, roles, description = '', response, notFound, example }: ReadRoute) =>
  applyDecorators(
    Roles(...roles),
    ApiBearerAuth(),
    ApiOperation({ summary, description: `${description}\n\nRoles: ${roles.join(', ')}.`.trim() }),
    ApiOkResponse({ type: response, ...(example ? { example } : {}) }),
    ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A parameter is invalid: each is named with the reason' }),
    ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid bearer token' }),
    ApiForbiddenResponse({ type: ProblemDetailsDto, description: `Only ${roles.join(', ')}` }),
    ...(notFound ? [ApiNotFoundResponse({ type: ProblemDetailsDto, description: notFound })] : []),
    ApiServiceUnavailableResponse({ type: ProblemDetailsDto, description: 'The read models did not reach ?position= within waitMs' }),
  );
