import { Body, Controller, Inject, Param, Put, Req } from '@nestjs/common';
import { ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { Request } from 'express';
import { hasRole, ROLES } from '#libs/decider';
import { ApiCommand, COMMAND_DEPS, commandResponse, Ctx, handleCommand, readCookie, type CommandContext, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { credentialDecider, credentialStream } from './credentials.decider.js';
import { hashPassword, MAX_PASSWORD_LENGTH, PasswordStore } from './passwords.js';
import { currentEmployee, SessionStore } from './sessions.js';
import { PASSWORD_STORE, SESSION_STORE, SIGN_IN_CONFIG } from './auth.tokens.js';
import type { SignInConfig } from './sign-in.config.js';

export class SetPasswordDto {
  @ApiProperty({ example: 'a-long-passphrase', format: 'password', description: 'At least PASSWORD_MIN_LENGTH (default 12) characters' })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}

@ApiTags('staff')
@Controller('employees')
export class SetPasswordRoute {
  constructor(
    @Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps,
    @Inject(SIGN_IN_CONFIG) private readonly config: SignInConfig,
    @Inject(PASSWORD_STORE) private readonly passwords: PasswordStore,
    @Inject(SESSION_STORE) private readonly sessions: SessionStore,
  ) {}

  @Put(':userId/password')
  @ApiParam({ name: 'userId', example: 'anna.lind' })
  @ApiCommand("Set an employee's password for local sign-in (an admin for anyone; anyone for themselves)", [...ROLES], {
    description: "Records PasswordSet (who, when; never the password or its hash, which is kept apart in auth_credentials). Ends the person's other sessions.",
  })
  async set(@Param('userId') userId: string, @Body() body: SetPasswordDto, @Ctx() context: CommandContext, @Req() request: Request): Promise<CommandResponse> {
    const actor = context.actor;
    const mayTry = actor.userId === userId || hasRole(actor, 'admin');
    const lengthOk = body.password.length >= this.config.password.minLength;
    // Hash only for a request the decider will accept (hashing is the costly part).
    const hash = mayTry && lengthOk ? await hashPassword(body.password) : undefined;
    const employee = await currentEmployee(this.deps.store, userId);
    const handled = await handleCommand(
      this.deps,
      credentialStream(userId),
      credentialDecider,
      {
        type: 'SetPassword',
        data: {
          userId,
          passwordLength: body.password.length,
          minLength: this.config.password.minLength,
          maxLength: MAX_PASSWORD_LENGTH,
          employeeRegistered: employee.status === 'registered',
          actor,
        },
      },
      context,
    );
    await this.passwords.setHash(userId, hash!, actor.userId);
    await this.sessions.revokeAllOf(userId, readCookie(request.headers.cookie, this.config.session.cookieName));
    return commandResponse({ userId }, handled);
  }
}
