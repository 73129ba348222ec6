import { Module, type DynamicModule } from '@nestjs/common';
import type { Pool } from '#libs/postgres';
import { AuthController } from './auth.controller.js';
import { LOGIN_LIMITER, PASSWORD_STORE, SESSION_STORE, SIGN_IN_CONFIG } from './auth.tokens.js';
import { LoginLimiter } from './login-limiter.js';
import { OidcController } from './oidc.controller.js';
import { OidcService } from './oidc.service.js';
import { PasswordStore } from './passwords.js';
import type { SessionStore } from './sessions.js';
import { SetPasswordRoute } from './set-password.route.js';
import type { SignInConfig } from './sign-in.config.js';

/** Browser sign-in: local passwords or OpenID Connect, server-side sessions, the password command. */
@Module({})
export class AuthModule {
  static forRoot(config: SignInConfig, sessions: SessionStore, pool: Pool): DynamicModule {
    return {
      module: AuthModule,
      controllers: [AuthController, OidcController, SetPasswordRoute],
      providers: [
        { provide: SIGN_IN_CONFIG, useValue: config },
        { provide: SESSION_STORE, useValue: sessions },
        { provide: PASSWORD_STORE, useValue: new PasswordStore(pool) },
        { provide: LOGIN_LIMITER, useValue: new LoginLimiter(config.maxFailedLogins) },
        { provide: OidcService, useValue: config.mode === 'oidc' && config.oidc ? new OidcService(config.oidc, pool) : null },
      ],
      exports: [PASSWORD_STORE, SESSION_STORE],
    };
  }
}
