import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse, idFor } from '#libs/platform';
import { fundingProjectDecider } from '../../domain/funding.decider.js';
import { fundingProjectStream } from '../../domain/funding.streams.js';
import { RegisterFundingProjectCommand } from './register-funding-project.command.js';

@CommandHandler(RegisterFundingProjectCommand)
export class RegisterFundingProjectHandler implements ICommandHandler<RegisterFundingProjectCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: RegisterFundingProjectCommand): Promise<CommandResponse> {
    const projectId = idFor(context, 'projectId');
    const handled = await handleCommand(
      this.deps,
      fundingProjectStream(projectId),
      fundingProjectDecider,
      { type: 'RegisterFundingProject', data: { ...body, projectId, actor: context.actor } },
      context,
    );
    return commandResponse({ projectId }, handled);
  }
}
