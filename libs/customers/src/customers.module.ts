import { Module } from '@nestjs/common';
import { RegisterCustomerHandler } from './commands/register-customer/register-customer.handler.js';
import { RegisterCustomerRoute } from './commands/register-customer/register-customer.route.js';

/** The customers area's HTTP routes (one per command) and their command handlers. */
export const customersRoutes = [RegisterCustomerRoute];
export const customersCommandHandlers = [RegisterCustomerHandler];

@Module({ controllers: customersRoutes, providers: customersCommandHandlers })
export class CustomersModule {}
