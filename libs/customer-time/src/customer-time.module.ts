import { Module } from '@nestjs/common';

/** The customer-time area's HTTP routes (one per command) and their command handlers. */
export const customerTimeRoutes = [];
export const customerTimeCommandHandlers = [];

@Module({ controllers: customerTimeRoutes, providers: customerTimeCommandHandlers })
export class CustomerTimeModule {}
