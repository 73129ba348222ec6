import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireRegisteredCustomer } from '#libs/customers';
import { requireFundingProject } from '#libs/funding';
import { businessDateOf, COMMAND_DEPS, dateWindowOf, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import { mentorPairStream } from '../../domain/advisory.streams.js';
import { mentorPairDecider } from '../../domain/mentor-pair.decider.js';
import { MatchMentorPairCommand } from './match-mentor-pair.command.js';

@CommandHandler(MatchMentorPairCommand)
export class MatchMentorPairHandler implements ICommandHandler<MatchMentorPairCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: MatchMentorPairCommand): Promise<CommandResponse> {
    const pairId = idFor(context, 'pairId');
    const customerId = await requireRegisteredCustomer(this.deps.store, body.customerId);
    if (body.fundingProjectId !== undefined) await requireFundingProject(this.deps.store, body.fundingProjectId);
    const handled = await handleCommand(
      this.deps,
      mentorPairStream(pairId),
      mentorPairDecider,
      {
        type: 'MatchMentorPair',
        data: {
          pairId,
          programme: body.programme,
          mentorName: body.mentorName,
          customerId,
          matchedOn: body.matchedOn ?? businessDateOf(context),
          fundingProjectId: body.fundingProjectId,
          actor: context.actor,
          window: dateWindowOf(this.deps, context),
        },
      },
      context,
    );
    return commandResponse({ pairId }, handled);
  }
}
