import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Role } from '#libs/decider';
import { Roles } from '../auth/decorators.js';

export class ProblemFieldDto {
  @ApiProperty({ example: 'amountOre' }) field!: string;
  @ApiProperty({ example: 'amountOre must be a positive integer' }) reason!: string;
}

export class ProblemDetailsDto {
  @ApiProperty({ example: 'urn:almi-ledger:problem:disbursement-exceeds-granted-amount' }) type!: string;
  @ApiProperty({ example: 'Business rule broken' }) title!: string;
  @ApiProperty({ example: 422 }) status!: number;
  @ApiProperty({ example: 'The disbursements would exceed the granted amount' }) detail!: string;
  @ApiProperty({ example: 'disbursement-exceeds-granted-amount' }) code!: string;
  @ApiPropertyOptional({ type: [ProblemFieldDto] }) errors?: ProblemFieldDto[];
  @ApiPropertyOptional() correlationId?: string;
  @ApiPropertyOptional({
    description: "503 read-model-behind on figures and reports: the read models' position, the store's head when asked, the lag in events and seconds",
    example: { position: '1200-4', head: '1450-9', lagEvents: 250, lagSeconds: 3.2, complete: false },
  })
  freshness?: { position: string; head: string; lagEvents: number; lagSeconds: number; complete: boolean };
}

export class CommandResponseDto {
  @ApiProperty({ example: { loanId: '3f0c…' }, description: 'Ids this command created or acted on' })
  ids!: Record<string, string>;
  @ApiProperty({ nullable: true, example: '1234-5678', description: 'Global position of the last event: pass as ?position= to queries' })
  position!: string | null;
  @ApiProperty({ nullable: true, example: 3, description: "The stream's revision after the command" })
  revision!: number | null;
  @ApiProperty({ example: ['LoanDisbursed'], description: 'Types of the events recorded (empty for a no-op)' })
  events!: string[];
}

/**
 * Everything a command route declares: who may call it, its OpenAPI description with every error
 * class, and the headers it honours. Commands answer 200 with a CommandResponse.
 */
export const ApiCommand = (summary: string, roles: Role[], options: { description?: string; response?: Type<unknown> } = {}) =>
  applyDecorators(
    Roles(...roles),
    HttpCode(200),
    ApiBearerAuth(),
    ApiOperation({ summary, description: `${options.description ?? ''}\n\nRoles: ${roles.join(', ')}.`.trim() }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response and records nothing new' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Kept in every event this command records; generated when absent' }),
    ApiOkResponse({ type: options.response ?? CommandResponseDto, description: 'Recorded' }),
    ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A field is missing or invalid: each is named with the reason' }),
    ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid bearer token' }),
    ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'The role, or a rule of access, does not allow it' }),
    ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'An id it refers to does not exist' }),
    ApiConflictResponse({ type: ProblemDetailsDto, description: 'A concurrent change or a duplicate' }),
    ApiUnprocessableEntityResponse({ type: ProblemDetailsDto, description: 'A business rule is broken' }),
  );
