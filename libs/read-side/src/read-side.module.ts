import { Module } from '@nestjs/common';
import { AdvisoryReadRoute } from './advisory/advisory.route.js';
import { ControllersReadRoute } from './controllers/controllers.route.js';
import { CustomersReadRoute } from './customers/customers.route.js';
import { LoansReadRoute } from './loans/loans.route.js';
import { StaffReadRoute } from './staff/staff.route.js';
import { TimeEntriesReadRoute } from './time/time-entries.route.js';

/**
 * The read side for the working roles: customers, loans and worklists, time entries, staff,
 * advisory and the controllers' lists. Needs the read-model DataSource (READ_MODELS) and the
 * ProjectionRunner (PROJECTION_RUNNER) from the application's ReadModelsModule.
 */
@Module({ controllers: [CustomersReadRoute, LoansReadRoute, TimeEntriesReadRoute, StaffReadRoute, AdvisoryReadRoute, ControllersReadRoute] })
export class ReadSideModule {}
