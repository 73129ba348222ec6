import { Module } from '@nestjs/common';
import { WebAppController } from './web-app.controller.js';

/** GET / and /app/* (the web app's page) and /assets/* (its bundle), built by scripts/build-web.mjs. */
@Module({ controllers: [WebAppController] })
export class WebAppModule {}
