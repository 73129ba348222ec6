import { Module } from '@nestjs/common';
import { ChangeEmployeeRolesHandler } from './commands/change-employee-roles/change-employee-roles.handler.js';
import { ChangeEmployeeRolesRoute } from './commands/change-employee-roles/change-employee-roles.route.js';
import { EraseEmployeePersonalDataHandler } from './commands/erase-employee-personal-data/erase-employee-personal-data.handler.js';
import { EraseEmployeePersonalDataRoute } from './commands/erase-employee-personal-data/erase-employee-personal-data.route.js';
import { GrantCreditCertificationHandler } from './commands/grant-credit-certification/grant-credit-certification.handler.js';
import { GrantCreditCertificationRoute } from './commands/grant-credit-certification/grant-credit-certification.route.js';
import { RegisterEmployeeHandler } from './commands/register-employee/register-employee.handler.js';
import { RegisterEmployeeRoute } from './commands/register-employee/register-employee.route.js';
import { RevokeCreditCertificationHandler } from './commands/revoke-credit-certification/revoke-credit-certification.handler.js';
import { RevokeCreditCertificationRoute } from './commands/revoke-credit-certification/revoke-credit-certification.route.js';

/** The staff area's HTTP routes (one per command) and their command handlers. */
export const staffRoutes = [RegisterEmployeeRoute, ChangeEmployeeRolesRoute, GrantCreditCertificationRoute, RevokeCreditCertificationRoute, EraseEmployeePersonalDataRoute];
export const staffCommandHandlers = [
  RegisterEmployeeHandler,
  ChangeEmployeeRolesHandler,
  GrantCreditCertificationHandler,
  RevokeCreditCertificationHandler,
  EraseEmployeePersonalDataHandler,
];

@Module({ controllers: staffRoutes, providers: staffCommandHandlers })
export class StaffModule {}
