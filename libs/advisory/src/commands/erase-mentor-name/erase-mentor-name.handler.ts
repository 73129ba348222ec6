import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { hasRole, refuse } from '#libs/decider';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, isSealed, PersonalDataVault, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { mentorPairStream } from '../../domain/advisory.streams.js';
import { mentorPairDecider } from '../../domain/mentor-pair.decider.js';
import { EraseMentorNameCommand } from './erase-mentor-name.command.js';

/** The key that seals a mentor's name: one per pair, as mentors have no id of their own. */
export const mentorNameSubject = (pairId: string): string => `mentor-pair:${pairId}`;

@CommandHandler(EraseMentorNameCommand)
export class EraseMentorNameHandler implements ICommandHandler<EraseMentorNameCommand> {
  constructor(
    @Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
  ) {}

  async execute({ pairId, body, context }: EraseMentorNameCommand): Promise<CommandResponse> {
    // A name recorded before mentors had keys of their own is sealed under the customer's key: it
    // cannot be erased alone, and saying it was would be false.
    if (hasRole(context.actor, 'admin')) {
      const matched = (await this.deps.store.readStream(mentorPairStream(pairId))).find((event) => event.type === 'MentorPairMatched');
      const name = (matched?.data as { mentorName?: unknown } | undefined)?.mentorName;
      const subject = isSealed(name) ? await this.vault.subjectOf(name) : undefined;
      if (subject !== undefined && subject !== mentorNameSubject(pairId)) {
        refuse(
          'rule',
          'mentor-name-sealed-with-customer',
          "This pair's mentor name was recorded before mentors had keys of their own: it is sealed with the customer's personal data and is erased with it (POST /customers/{customerId}/erase-personal-data)",
        );
      }
    }
    const handled = await handleCommand(
      this.deps,
      mentorPairStream(pairId),
      mentorPairDecider,
      { type: 'EraseMentorName', data: { pairId, requestedOn: body.requestedOn ?? businessDateOf(context), actor: context.actor } },
      context,
    );
    await this.vault.erase(mentorNameSubject(pairId), context.actor.userId);
    return commandResponse({ pairId }, handled);
  }
}
