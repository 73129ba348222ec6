import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireRegisteredCustomer } from '#libs/customers';
import { requireFundingProject } from '#libs/funding';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import { advisorySessionDecider } from '../../domain/advisory-session.decider.js';
import { advisorySessionStream } from '../../domain/advisory.streams.js';
import { LogAdvisorySessionCommand } from './log-advisory-session.command.js';

@CommandHandler(LogAdvisorySessionCommand)
export class LogAdvisorySessionHandler implements ICommandHandler<LogAdvisorySessionCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: LogAdvisorySessionCommand): Promise<CommandResponse> {
    const sessionId = body.sessionId ?? idFor(context, 'sessionId');
    const customerId = await requireRegisteredCustomer(this.deps.store, body.customerId);
    if (body.fundingProjectId !== undefined) await requireFundingProject(this.deps.store, body.fundingProjectId);
    const handled = await handleCommand(
      this.deps,
      advisorySessionStream(sessionId),
      advisorySessionDecider,
      {
        type: 'LogAdvisorySession',
        data: {
          sessionId,
          customerId,
          advisorId: body.advisorId ?? context.actor.userId,
          date: body.date ?? businessDateOf(context),
          durationMinutes: body.durationMinutes,
          sustainabilityDiscussed: body.sustainabilityDiscussed,
          fundingProjectId: body.fundingProjectId,
          actor: context.actor,
          window: dateWindowOf(this.deps, context),
        },
      },
      context,
    );
    return commandResponse({ sessionId }, handled);
  }
}
