import { Module } from '@nestjs/common';
import { ClassifyCustomerHandler } from './commands/classify-customer/classify-customer.handler.js';
import { ClassifyCustomerRoute } from './commands/classify-customer/classify-customer.route.js';
import { EraseCustomerPersonalDataHandler } from './commands/erase-customer-personal-data/erase-customer-personal-data.handler.js';
import { EraseCustomerPersonalDataRoute } from './commands/erase-customer-personal-data/erase-customer-personal-data.route.js';
import { RecordOwnerProfileHandler } from './commands/record-owner-profile/record-owner-profile.handler.js';
import { RecordOwnerProfileRoute } from './commands/record-owner-profile/record-owner-profile.route.js';
import { RegisterCustomerHandler } from './commands/register-customer/register-customer.handler.js';
import { RegisterCustomerRoute } from './commands/register-customer/register-customer.route.js';
import { UpdateCustomerProfileHandler } from './commands/update-customer-profile/update-customer-profile.handler.js';
import { UpdateCustomerProfileRoute } from './commands/update-customer-profile/update-customer-profile.route.js';

/** The customers area's HTTP routes (one per command) and their command handlers. */
export const customersRoutes = [RegisterCustomerRoute, UpdateCustomerProfileRoute, ClassifyCustomerRoute, RecordOwnerProfileRoute, EraseCustomerPersonalDataRoute];
export const customersCommandHandlers = [
  RegisterCustomerHandler,
  UpdateCustomerProfileHandler,
  ClassifyCustomerHandler,
  RecordOwnerProfileHandler,
  EraseCustomerPersonalDataHandler,
];

@Module({ controllers: customersRoutes, providers: customersCommandHandlers })
export class CustomersModule {}
