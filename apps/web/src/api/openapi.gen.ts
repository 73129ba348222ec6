/* Generated */
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database reachable and migrations applied (no token needed) */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/streams/{streamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stream's events with who recorded each, when, and the correlation id */
        get: operations["AuditController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All events recorded under one correlation id (one request, or one seed run), in global order */
        get: operations["AuditController_byCorrelation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a customer company (refused if the organisationsnummer is already registered: 409)
         * @description Roles: advisor, credit_officer, admin.
         */
        post: operations["RegisterCustomerRoute_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a customer's name, region, municipality or phase (a change to what is already recorded records nothing)
         * @description Roles: advisor, credit_officer, admin.
         */
        patch: operations["UpdateCustomerProfileRoute_update"];
        trace?: never;
    };
    "/customers/{customerId}/classifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Classify a customer into a target group from a date (a new entry in its history; earlier interventions keep the group they had)
         * @description Roles: advisor, credit_officer, admin.
         */
        post: operations["ClassifyCustomerRoute_classify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}/owner-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the owner profile (women-led, foreign background, owner's name): personal data, sealed under the customer's key
         * @description Roles: advisor, credit_officer, admin.
         */
        put: operations["RecordOwnerProfileRoute_record"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}/erase-personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a customer's personal data on request (GDPR): its key is destroyed, so the owner profile reads as erased everywhere while every figure stays
         * @description Roles: admin.
         */
        post: operations["EraseCustomerPersonalDataRoute_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an employee with their region and roles (refused if the user id is already registered: 409)
         * @description Roles: admin.
         */
        post: operations["RegisterEmployeeRoute_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employees/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an employee's roles with the set given (the same set records nothing)
         * @description Roles: admin.
         */
        put: operations["ChangeEmployeeRolesRoute_change"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employees/{userId}/credit-certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a credit certification (kreditbehörighet) for a period: only a certified credit officer acts in the credit process
         * @description Roles: admin.
         */
        post: operations["GrantCreditCertificationRoute_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employees/{userId}/credit-certifications/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a person's credit certification from a date: every grant recorded before ends then
         * @description Roles: admin.
         */
        post: operations["RevokeCreditCertificationRoute_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a loan application for a registered customer; the new loan's id is in `ids.loanId`
         * @description The credit officer must hold a credit certification on the application date.
         *
         *     Roles: credit_officer.
         */
        post: operations["RegisterLoanApplicationRoute_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans/{loanId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a loan application: grant (amount, rate, term) or reject (reason); a loan is decided once
         * @description The credit officer must hold a credit certification on the decision date. A grant then needs the approval of another certified officer.
         *
         *     Roles: credit_officer.
         */
        post: operations["DecideLoanRoute_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans/{loanId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a decision to grant (four-eyes: the approver is a certified credit officer other than the decision maker, else 422)
         * @description Roles: credit_officer.
         */
        post: operations["ApproveLoanRoute_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans/{loanId}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay out (part of) an approved loan; the id of the disbursement is in `ids.disbursementId`
         * @description Beyond the granted amount is refused with 422 disbursement-exceeds-granted-amount. A guarantee is never disbursed.
         *
         *     Roles: credit_officer.
         */
        post: operations["DisburseLoanRoute_disburse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans/{loanId}/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a customer's payment (principal, interest, fees); the id of the repayment is in `ids.repaymentId`
         * @description Principal beyond what is outstanding on the payment date, or any later date, is refused with 422 repayment-exceeds-outstanding.
         *
         *     Roles: credit_officer.
         */
        post: operations["RecordRepaymentRoute_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans/{loanId}/write-offs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write off outstanding principal as a credit loss
         * @description Beyond what is outstanding on the date, or any later date, is refused with 422 write-off-exceeds-outstanding.
         *
         *     Roles: credit_officer.
         */
        post: operations["WriteOffLoanRoute_writeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans/{loanId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a loan with nothing outstanding; a closed loan takes no more commands
         * @description Outstanding principal left is refused with 422 loan-has-outstanding-principal.
         *
         *     Roles: credit_officer.
         */
        post: operations["CloseLoanRoute_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/advisory/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log your own advisory session with a registered customer (answers with the sessionId)
         * @description Roles: advisor.
         */
        post: operations["LogAdvisorySessionRoute_log"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/advisory/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a delivery module delivered to a registered customer (answers with the new deliveryId)
         * @description Roles: advisor.
         */
        post: operations["DeliverModuleRoute_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/advisory/deliveries/{deliveryId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void a recorded delivery: it stops counting, and the original stays in the audit trail (voiding twice is 409)
         * @description Roles: advisor, admin.
         */
        post: operations["VoidDeliveryRoute_void"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/advisory/mentor-pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Match a mentor with a registered customer in a mentor programme (answers with the new pairId)
         * @description Roles: advisor.
         */
        post: operations["MatchMentorPairRoute_match"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/advisory/mentor-pairs/{pairId}/conclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conclude a mentor pair (concluding twice is 409)
         * @description Roles: advisor.
         */
        post: operations["ConcludeMentorPairRoute_conclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log your own time for a day: customer, internal or absence (answers with the new entryId, the employeeId and the date that address it)
         * @description Roles: advisor, credit_officer.
         */
        post: operations["RecordTimeEntryRoute_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time-entries/{entryId}/correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct your own time entry: new minutes, kind and customer, recorded as a correction beside the original (the same values again record nothing)
         * @description Roles: advisor, credit_officer.
         */
        post: operations["CorrectTimeEntryRoute_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time-entries/{entryId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void your own time entry: it stops counting, and the original stays in the audit trail (voiding twice is 409)
         * @description Roles: advisor, credit_officer.
         */
        post: operations["VoidTimeEntryRoute_void"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enter a target set by the board for a metric, year, quarter and region (replaces the earlier value; the same value again records nothing)
         * @description Roles: controller, admin.
         */
        put: operations["SetTargetRoute_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/benchmarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enter a benchmark share: a focus-group attribute's share of a region's business population or new businesses, for a year (replaces the earlier value)
         * @description Roles: controller.
         */
        put: operations["SetBenchmarkRoute_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report-comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write the explanation of a deviation from target for the owners' report (the latest comment for the same scope wins)
         * @description Roles: controller.
         */
        put: operations["RecordDeviationCommentRoute_record"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/survey-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a customer's survey answer: would they recommend Almi, and their score (answers with the new answerId)
         * @description Roles: advisor, controller, admin.
         */
        post: operations["RecordSurveyAnswerRoute_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funding-projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a special assignment financed outside the owners’ appropriation (answers with the new projectId)
         * @description Roles: admin.
         */
        post: operations["RegisterFundingProjectRoute_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funding-projects/{projectId}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a cost on a funding project, within its period (answers with the new entryId)
         * @description Roles: controller, admin.
         */
        post: operations["BookProjectCostRoute_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funding-projects/{projectId}/revenues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a revenue on a funding project, within its period (answers with the new entryId)
         * @description Roles: controller, admin.
         */
        post: operations["BookProjectRevenueRoute_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where each read model is: checkpoint, head, lag in events and seconds, rebuild progress
         * @description Roles: admin, controller. With ?position= it first waits until every projection has applied that position.
         */
        get: operations["ProjectionsController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projections/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuild one projection (or all) from the first event, beside the live tables, then switch them in
         * @description Roles: admin. Answers at once; follow the progress on GET /projections. Queries keep reading the live tables meanwhile.
         */
        post: operations["ProjectionsController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/loan-volume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Loans granted, lending flows, outstanding principal and return on lending (figures 1–4)
         * @description Cut by product, by region (customer’s latest) and, for loans granted, by target group on the approval date. Return on lending covers the 12 quarters ending with the quarter of the period’s last day.
         *
         *     Period: exactly one of year; year and quarter; year and month; from and to (business dates, both included). Roles: controller, admin.
         */
        get: operations["LoanVolumeRoute_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/unique-customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unique customers (advisory, loans, total) and delivery modules (figures 5–6)
         * @description A year is a distinct count over the year, never the sum of its quarters. Cut by region (customer’s latest) and advisor; modules also by module.
         *
         *     Period: exactly one of year; year and quarter; year and month; from and to (business dates, both included). Roles: controller, admin.
         */
        get: operations["UniqueCustomersRoute_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/target-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interventions per target group (figure 7)
         * @description Loans granted and modules delivered, each counted for the customer’s group on its own date.
         *
         *     Period: exactly one of year; year and quarter; year and month; from and to (business dates, both included). Roles: controller, admin.
         */
        get: operations["TargetGroupsRoute_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/customer-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customer-time share (figure 8)
         * @description Customer ÷ worked minutes (worked = customer + internal), per employee, per region (employee’s latest) and in total, over the period and per week, month, quarter or year.
         *
         *     Period: exactly one of year; year and quarter; year and month; from and to (business dates, both included). Roles: controller, admin.
         */
        get: operations["CustomerTimeRoute_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/focus-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Focus-group shares with benchmarks (figure 9)
         * @description Among loans granted and among unique advisory customers; unknown answers are counted beside the shares.
         *
         *     Period: exactly one of year; year and quarter; year and month; from and to (business dates, both included). Roles: controller, admin.
         */
        get: operations["FocusGroupsRoute_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recommendation share (figure 10)
         * @description Period: exactly one of year; year and quarter; year and month; from and to (business dates, both included). Roles: controller, admin.
         */
        get: operations["RecommendationsRoute_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/special-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Special assignments: costs, revenues and activities per funding project (figure 11)
         * @description The region cuts the activities, not the costs and revenues.
         *
         *     Period: exactly one of year; year and quarter; year and month; from and to (business dates, both included). Roles: controller, admin.
         */
        get: operations["SpecialAssignmentsRoute_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/mentor-pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mentor pairs matched in the period and active at its end (figure 12)
         * @description Period: exactly one of year; year and quarter; year and month; from and to (business dates, both included). Roles: controller, admin.
         */
        get: operations["MentorPairsRoute_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Targets against outcome, with the controller’s comments (figure 13)
         * @description A year takes the year’s targets, a quarter the quarter’s; a month or another range has none. Without a region, the targets for both regions together.
         *
         *     Period: exactly one of year; year and quarter; year and month; from and to (business dates, both included). Roles: controller, admin.
         */
        get: operations["TargetsRoute_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/issued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reports issued for a year: every version, who issued it, when, and the position its figures were computed at
         * @description Read from the report streams themselves, so a report just issued is listed at once. Roles: controller, admin.
         */
        get: operations["ListIssuedReportsRoute_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/quarterly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The quarterly report to the owners: outcome against target for every scorecard figure
         * @description Every figure of the scorecard for the period and region, area by area, each scorecard metric with the board’s target, the deviation (absolute and %) and the controller’s comment, and the figures that explain them (outstanding principal, unique loan customers, modules by kind, target-group shares, customer time by region and month, focus-group unknowns and benchmarks, special assignments, mentor pairs). All figures come from one snapshot of the read models. Format: ?format=json|csv|html, else the Accept header. CSV: UTF-8 with BOM, ";" separator, decimal comma, money in SEK. HTML: a printable page (print it to PDF from the browser). With ?issued=latest|<version>: the issued figures beside today's, with the difference per figure. Roles: controller, admin.
         */
        get: operations["GetReportRoute_quarterly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/yearly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly report to the owners: outcome against the year’s targets, with the explanations of the deviations
         * @description Every figure of the scorecard for the period and region, area by area, each scorecard metric with the board’s target, the deviation (absolute and %) and the controller’s comment, and the figures that explain them (outstanding principal, unique loan customers, modules by kind, target-group shares, customer time by region and month, focus-group unknowns and benchmarks, special assignments, mentor pairs). All figures come from one snapshot of the read models. Format: ?format=json|csv|html, else the Accept header. CSV: UTF-8 with BOM, ";" separator, decimal comma, money in SEK. HTML: a printable page (print it to PDF from the browser). With ?issued=latest|<version>: the issued figures beside today's, with the difference per figure. Roles: controller, admin.
         */
        get: operations["GetReportRoute_yearly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/quarterly/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the quarterly report to the owners
         * @description Computes every figure of the report once the read models have reached the store’s head, and records them with that position as a new version (ids.report is the stream, ids.version the version). Issuing again records the next version; earlier versions keep their figures. Compare an issued version with today’s figures on GET /reports/…?issued=latest|<version>. Refused (422 period-not-ended) before the period has ended.
         *
         *     Roles: controller.
         */
        post: operations["IssueReportRoute_quarterly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/yearly/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the yearly report to the owners
         * @description Computes every figure of the report once the read models have reached the store’s head, and records them with that position as a new version (ids.report is the stream, ids.version the version). Issuing again records the next version; earlier versions keep their figures. Compare an issued version with today’s figures on GET /reports/…?issued=latest|<version>. Refused (422 period-not-ended) before the period has ended.
         *
         *     Roles: controller.
         */
        post: operations["IssueReportRoute_yearly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        RegisterCustomerDto: {
            /**
             * @description Organisationsnummer, 10 digits with a valid check digit; a hyphen is accepted
             * @example 556036-0793
             */
            customerId: string;
            /** @example Verkstads AB */
            name: string;
            /** @enum {string} */
            region: "vastmanland" | "orebro";
            /** @example Västerås */
            municipality: string;
            /** @example 2019-04-01 */
            foundedOn: string;
            /** @enum {string} */
            phase: "early_stage" | "growth" | "established";
            /**
             * @description Business date; defaults to today (Europe/Stockholm)
             * @example 2026-03-02
             */
            registeredOn?: string;
        };
        CommandResponseDto: {
            /**
             * @description Ids this command created or acted on
             * @example {
             *       "loanId": "3f0c…"
             *     }
             */
            ids: Record<string, never>;
            /**
             * @description Global position of the last event: pass as ?position= to queries
             * @example 1234-5678
             */
            position: Record<string, never> | null;
            /**
             * @description The stream's revision after the command
             * @example 3
             */
            revision: Record<string, never> | null;
            /**
             * @description Types of the events recorded (empty for a no-op)
             * @example [
             *       "LoanDisbursed"
             *     ]
             */
            events: string[];
        };
        ProblemFieldDto: {
            /** @example amountOre */
            field: string;
            /** @example amountOre must be a positive integer */
            reason: string;
        };
        ProblemDetailsDto: {
            /** @example urn:almi-ledger:problem:disbursement-exceeds-granted-amount */
            type: string;
            /** @example Business rule broken */
            title: string;
            /** @example 422 */
            status: number;
            /** @example The disbursements would exceed the granted amount */
            detail: string;
            /** @example disbursement-exceeds-granted-amount */
            code: string;
            errors?: components["schemas"]["ProblemFieldDto"][];
            correlationId?: string;
        };
        UpdateCustomerProfileDto: {
            /** @example Verkstads AB */
            name?: string;
            /** @enum {string} */
            region?: "vastmanland" | "orebro";
            /** @example Köping */
            municipality?: string;
            /**
             * @description A change of phase matters for the early-stage focus group
             * @enum {string}
             */
            phase?: "early_stage" | "growth" | "established";
            /**
             * @description Business date from which the new profile holds; defaults to today (Europe/Stockholm)
             * @example 2026-03-02
             */
            updatedOn?: string;
        };
        ClassifyCustomerDto: {
            /**
             * @description Target group of the målgruppsmodell: Bredd, Ideal or Spets
             * @enum {string}
             */
            group: "bredd" | "ideal" | "spets";
            /**
             * @description Business date from which the group holds (may lie in the past: interventions from then on count for it); defaults to today (Europe/Stockholm)
             * @example 2026-01-01
             */
            effectiveFrom?: string;
        };
        RecordOwnerProfileDto: {
            /**
             * @description Is the company led by a woman (focus group)
             * @enum {string}
             */
            womenLed: "yes" | "no" | "unknown";
            /**
             * @description Foreign background as SCB defines it: born abroad, or born in Sweden with two parents born abroad
             * @enum {string}
             */
            foreignBackground: "yes" | "no" | "unknown";
            /** @example Anna Andersson */
            ownerName?: string;
            /**
             * @description Business date; defaults to today (Europe/Stockholm)
             * @example 2026-03-02
             */
            recordedOn?: string;
        };
        EraseCustomerPersonalDataDto: {
            /**
             * @description Business date of the request for erasure; defaults to today (Europe/Stockholm)
             * @example 2026-03-02
             */
            requestedOn?: string;
        };
        RegisterEmployeeDto: {
            /**
             * @description The identity provider's subject for this person: the `sub` of their tokens
             * @example anna.lind
             */
            userId: string;
            /**
             * @description Personal data: sealed under the employee's key
             * @example Anna Lind
             */
            name: string;
            /** @enum {string} */
            region: "vastmanland" | "orebro";
            /**
             * @example [
             *       "credit_officer"
             *     ]
             */
            roles: ("advisor" | "credit_officer" | "controller" | "admin")[];
        };
        ChangeEmployeeRolesDto: {
            /**
             * @description The complete new set of roles; empty takes every right away
             * @example [
             *       "credit_officer",
             *       "advisor"
             *     ]
             */
            roles: ("advisor" | "credit_officer" | "controller" | "admin")[];
        };
        GrantCreditCertificationDto: {
            /**
             * @description First business date covered; defaults to today (Europe/Stockholm)
             * @example 2026-01-01
             */
            validFrom?: string;
            /**
             * @description Last business date covered (inclusive); absent for a certification without an end date
             * @example 2027-12-31
             */
            validTo?: string;
        };
        RevokeCreditCertificationDto: {
            /**
             * @description First business date no longer covered; defaults to today (Europe/Stockholm)
             * @example 2026-03-02
             */
            effectiveFrom?: string;
        };
        RegisterLoanApplicationDto: {
            /**
             * @description Organisationsnummer of a registered customer
             * @example 556036-0793
             */
            customerId: string;
            /**
             * @description Product key from the catalogue (configurable with LOAN_PRODUCTS_FILE); by default one of mikrolan, foretagslan, innovationslan, grontlan, tillvaxtlan, exportlan, garanti
             * @example mikrolan
             */
            product: string;
            /**
             * @description Amount applied for, in öre (SEK 150,000 = 15000000); must lie within the product limits
             * @example 15000000
             */
            amountOre: number;
            /** @example Ny CNC-maskin */
            purpose: string;
            /**
             * @description Business date of the application; defaults to today (Europe/Stockholm)
             * @example 2026-03-02
             */
            appliedOn?: string;
            /**
             * @description A special assignment (särskilt uppdrag) financing the loan, reported separately
             * @example eruf-2026-vastmanland
             */
            fundingProjectId?: string;
        };
        DecideLoanDto: {
            /** @enum {string} */
            outcome: "granted" | "rejected";
            /**
             * @description Granted amount in öre, within the product limits. Required when outcome is granted
             * @example 15000000
             */
            amountOre?: number;
            /**
             * @description Interest rate in basis points (6.50 % = 650). Required when outcome is granted
             * @example 650
             */
            interestRateBasisPoints?: number;
            /**
             * @description Term in months. Required when outcome is granted
             * @example 60
             */
            termMonths?: number;
            /**
             * @description Required when outcome is rejected
             * @example Bristande återbetalningsförmåga
             */
            reason?: string;
            /**
             * @description Business date of the decision; defaults to today (Europe/Stockholm)
             * @example 2026-03-05
             */
            decidedOn?: string;
        };
        ApproveLoanDto: {
            /**
             * @description Business date of the approval (the loan counts as granted then); defaults to today (Europe/Stockholm)
             * @example 2026-03-06
             */
            approvedOn?: string;
        };
        DisburseLoanDto: {
            /**
             * @description Amount paid out, in öre; all disbursements together never exceed the granted amount
             * @example 5000000
             */
            amountOre: number;
            /**
             * @description Your id for this payment: sending the same id and details again records nothing. A new id is made when absent
             * @example utb-2026-0001
             */
            disbursementId?: string;
            /**
             * @description Business date of the payment; defaults to today (Europe/Stockholm)
             * @example 2026-03-10
             */
            disbursedOn?: string;
        };
        RecordRepaymentDto: {
            /**
             * @description Principal repaid, in öre (0 for a payment of interest or fees only); never more than is outstanding
             * @example 1000000
             */
            principalOre: number;
            /**
             * @description Interest paid, in öre; defaults to 0
             * @example 25000
             */
            interestOre?: number;
            /**
             * @description Fees paid, in öre; defaults to 0
             * @example 0
             */
            feesOre?: number;
            /**
             * @description Your id for this payment: sending the same id and details again records nothing. A new id is made when absent
             * @example inb-2026-0042
             */
            repaymentId?: string;
            /**
             * @description Business date of the payment; defaults to today (Europe/Stockholm)
             * @example 2026-04-30
             */
            paidOn?: string;
        };
        WriteOffLoanDto: {
            /**
             * @description Principal written off (a credit loss), in öre; never more than is outstanding
             * @example 2000000
             */
            amountOre: number;
            /** @example Konkurs */
            reason: string;
            /**
             * @description Business date of the write-off; defaults to today (Europe/Stockholm)
             * @example 2026-09-30
             */
            writtenOffOn?: string;
        };
        CloseLoanDto: {
            /**
             * @description Business date of the closing, on or after the last activity; defaults to today (Europe/Stockholm)
             * @example 2026-10-01
             */
            closedOn?: string;
        };
        LogAdvisorySessionDto: {
            /**
             * @description Your own id for the session (1–100 of A–Z a–z 0–9 . _ : -); a new UUID when absent. A second session with the same id is 409
             * @example session-2026-03-02-verkstads
             */
            sessionId?: string;
            /**
             * @description Organisationsnummer of a registered customer
             * @example 556036-0793
             */
            customerId: string;
            /**
             * @description Defaults to you: an advisor logs only their own sessions (anyone else is 403)
             * @example advisor-anna
             */
            advisorId?: string;
            /**
             * @description Business date of the session; defaults to today (Europe/Stockholm)
             * @example 2026-03-02
             */
            date?: string;
            /**
             * @description Length of the session in whole minutes
             * @example 60
             */
            durationMinutes: number;
            /**
             * @description Was sustainability discussed in the session?
             * @example true
             */
            sustainabilityDiscussed: boolean;
            /**
             * @description The special assignment (funding project) that finances it; must be registered
             * @example 0b6f2c1e-8a4d-4f1e-9c3a-2d7e5b9f1a60
             */
            fundingProjectId?: string;
        };
        DeliverModuleDto: {
            /**
             * @description Organisationsnummer of a registered customer
             * @example 556036-0793
             */
            customerId: string;
            /**
             * @description A key of the module catalogue in force: by default behovssamtal, affarsutveckling, framtidsdialog, hallbarhetsworkshop, internationalisering_een, mentor_starta_foretag, mentor_utveckla_foretag; ADVISORY_MODULES_FILE adds more
             * @example affarsutveckling
             */
            module: string;
            /**
             * @description The advisor who delivered it; defaults to you
             * @example advisor-anna
             */
            advisorId?: string;
            /**
             * @description Business date of the delivery; defaults to today (Europe/Stockholm)
             * @example 2026-03-02
             */
            deliveredOn?: string;
            /**
             * @description The special assignment (funding project) that finances it; must be registered
             * @example 0b6f2c1e-8a4d-4f1e-9c3a-2d7e5b9f1a60
             */
            fundingProjectId?: string;
        };
        VoidDeliveryDto: {
            /**
             * @description Why the delivery stops counting
             * @example Recorded for the wrong customer
             */
            reason: string;
            /**
             * @description Business date of the void, not before the delivery; defaults to today (Europe/Stockholm)
             * @example 2026-03-05
             */
            voidedOn?: string;
        };
        MatchMentorPairDto: {
            /**
             * @description The mentor programme
             * @example mentor_utveckla_foretag
             * @enum {string}
             */
            programme: "mentor_starta_foretag" | "mentor_utveckla_foretag";
            /**
             * @description The mentor's name: personal data, stored encrypted under the customer's key and shown masked in the audit trail
             * @example Karin Lindqvist
             */
            mentorName: string;
            /**
             * @description Organisationsnummer of the registered customer (the entrepreneur’s company)
             * @example 556036-0793
             */
            customerId: string;
            /**
             * @description Business date of the match; defaults to today (Europe/Stockholm)
             * @example 2026-03-02
             */
            matchedOn?: string;
            /**
             * @description The special assignment (funding project) that finances it; must be registered
             * @example 0b6f2c1e-8a4d-4f1e-9c3a-2d7e5b9f1a60
             */
            fundingProjectId?: string;
        };
        ConcludeMentorPairDto: {
            /**
             * @description Business date the pair concluded, not before it was matched; defaults to today (Europe/Stockholm)
             * @example 2026-12-15
             */
            concludedOn?: string;
        };
        RecordTimeEntryDto: {
            /**
             * @description Whose time it is; defaults to you (time is logged only by the employee themself: anyone else is 403)
             * @example advisor-anna
             */
            employeeId?: string;
            /**
             * @description Business date the time was spent; defaults to today (Europe/Stockholm)
             * @example 2026-03-02
             */
            date?: string;
            /**
             * @description Whole minutes; one person’s day holds at most 24 h (1440 min) of live entries
             * @example 90
             */
            minutes: number;
            /**
             * @description Customer time, internal time, or absence (leave, sickness: not worked time)
             * @example customer
             * @enum {string}
             */
            kind: "customer" | "internal" | "absence";
            /**
             * @description Organisationsnummer of a registered customer: required for customer time, refused for the other kinds
             * @example 556036-0793
             */
            customerId?: string;
            /**
             * @description The special assignment (funding project) that finances this time; must be registered
             * @example 0b6f2c1e-8a4d-4f1e-9c3a-2d7e5b9f1a60
             */
            fundingProjectId?: string;
        };
        CorrectTimeEntryDto: {
            /**
             * @description Whose time it is; defaults to you. With date, it finds the day the entry was recorded on
             * @example advisor-anna
             */
            employeeId?: string;
            /**
             * @description The business date the entry was recorded on (an entry does not move between days: void it and record it again)
             * @example 2026-03-02
             */
            date: string;
            /**
             * @description The corrected whole minutes; the day still holds at most 24 h
             * @example 120
             */
            minutes: number;
            /**
             * @example customer
             * @enum {string}
             */
            kind: "customer" | "internal" | "absence";
            /**
             * @description Organisationsnummer of a registered customer: required for customer time, refused for the other kinds
             * @example 556036-0793
             */
            customerId?: string;
        };
        VoidTimeEntryDto: {
            /**
             * @description Whose time it is; defaults to you. With date, it finds the day the entry was recorded on
             * @example advisor-anna
             */
            employeeId?: string;
            /**
             * @description The business date the entry was recorded on
             * @example 2026-03-02
             */
            date: string;
            /**
             * @description Why the entry stops counting
             * @example Logged on the wrong day
             */
            reason: string;
        };
        SetTargetDto: {
            /**
             * @description A metric of the scorecard catalogue
             * @example new_lending_volume
             * @enum {string}
             */
            metric: "unique_customers_advisory" | "unique_customers_total" | "delivery_modules" | "loans_granted" | "granted_volume" | "new_lending_volume" | "return_on_lending" | "customer_time_share" | "recommendation_share" | "women_led_share_loans" | "foreign_background_share_loans" | "women_led_share_advisory" | "foreign_background_share_advisory" | "early_stage_share_loans" | "early_stage_share_advisory" | "interventions_bredd" | "interventions_ideal" | "interventions_spets";
            /** @example 2026 */
            year: number;
            /**
             * @description A quarter of the year; absent for the whole year
             * @example 1
             * @enum {number}
             */
            quarter?: 1 | 2 | 3 | 4;
            /**
             * @description One region; absent for both together
             * @example vastmanland
             * @enum {string}
             */
            region?: "vastmanland" | "orebro";
            /**
             * @description In the metric's unit: counts and öre are whole numbers ≥ 0, shares fractions 0..1, percents a number of percent (2 = 2 %)
             * @example 4500000000
             */
            value: number;
        };
        SetBenchmarkDto: {
            /**
             * @example orebro
             * @enum {string}
             */
            region: "vastmanland" | "orebro";
            /** @example 2026 */
            year: number;
            /**
             * @description The focus-group attribute
             * @example women_led
             * @enum {string}
             */
            attribute: "women_led" | "foreign_background" | "early_stage";
            /**
             * @description What the share is of: the region's business population or its new businesses
             * @example new_businesses
             * @enum {string}
             */
            population: "business_population" | "new_businesses";
            /**
             * @description The share as a fraction 0..1 (0.32 = 32 %)
             * @example 0.32
             */
            share: number;
        };
        RecordDeviationCommentDto: {
            /**
             * @description A metric of the scorecard catalogue
             * @example new_lending_volume
             * @enum {string}
             */
            metric: "unique_customers_advisory" | "unique_customers_total" | "delivery_modules" | "loans_granted" | "granted_volume" | "new_lending_volume" | "return_on_lending" | "customer_time_share" | "recommendation_share" | "women_led_share_loans" | "foreign_background_share_loans" | "women_led_share_advisory" | "foreign_background_share_advisory" | "early_stage_share_loans" | "early_stage_share_advisory" | "interventions_bredd" | "interventions_ideal" | "interventions_spets";
            /** @example 2026 */
            year: number;
            /**
             * @description A quarter of the year; absent for the whole year
             * @example 1
             * @enum {number}
             */
            quarter?: 1 | 2 | 3 | 4;
            /**
             * @description One region; absent for both together
             * @example vastmanland
             * @enum {string}
             */
            region?: "vastmanland" | "orebro";
            /**
             * @description Why the outcome deviates from target
             * @example Fewer loans than targeted: two large banks widened their SME lending in the spring.
             */
            comment: string;
        };
        RecordSurveyAnswerDto: {
            /**
             * @description Organisationsnummer of a registered customer
             * @example 556036-0793
             */
            customerId: string;
            /**
             * @description Would the customer recommend Almi? The recommendation share counts these
             * @example true
             */
            wouldRecommend: boolean;
            /**
             * @description The score 0–10, when the customer gave one
             * @example 9
             */
            score?: number;
            /**
             * @description Business date the customer answered; defaults to today (Europe/Stockholm)
             * @example 2026-03-20
             */
            answeredOn?: string;
        };
        RegisterFundingProjectDto: {
            /** @example Grön omställning Mälardalen */
            name: string;
            /**
             * @description Who finances the special assignment
             * @example Europeiska regionala utvecklingsfonden
             */
            funder: string;
            /**
             * @description First business date of the project
             * @example 2026-01-01
             */
            startsOn: string;
            /**
             * @description Last business date of the project (costs and revenues are booked within the period)
             * @example 2027-12-31
             */
            endsOn: string;
        };
        BookProjectCostDto: {
            /**
             * @description Amount in öre (SEK × 100), a positive whole number
             * @example 4500000
             */
            amountOre: number;
            /** @example Workshop venue, spring programme */
            description: string;
            /**
             * @description Business date, within the project period; defaults to today (Europe/Stockholm)
             * @example 2026-03-31
             */
            bookedOn?: string;
        };
        BookProjectRevenueDto: {
            /**
             * @description Amount in öre (SEK × 100), a positive whole number
             * @example 25000000
             */
            amountOre: number;
            /** @example Grant instalment 1 */
            description: string;
            /**
             * @description Business date, within the project period; defaults to today (Europe/Stockholm)
             * @example 2026-03-31
             */
            bookedOn?: string;
        };
        RebuildProjectionsDto: {
            /**
             * @description One projection to rebuild; all of them when absent
             * @example loans
             */
            name?: string;
        };
        PeriodDto: {
            /**
             * @description A range that is exactly a calendar year, quarter or month is reported as that
             * @enum {string}
             */
            kind: "year" | "quarter" | "month" | "range";
            /**
             * @description First business date included
             * @example 2025-01-01
             */
            from: string;
            /**
             * @description Last business date included
             * @example 2025-12-31
             */
            to: string;
            /**
             * @description '2025', '2025-Q1', '2025-03' or '2025-01-15..2025-02-14'
             * @example 2025
             */
            label: string;
            /**
             * @description The calendar year of the last day
             * @example 2025
             */
            year: number;
            /** @enum {number} */
            quarter?: 1 | 2 | 3 | 4;
            month?: number;
        };
        LoanAmountsDto: {
            /** @description Loans granted (approved) in the period, guarantees included */
            loansGranted: number;
            /** @description Sum of their granted amounts */
            grantedVolumeOre: number;
            /** @description New lending volume: disbursements booked in the period */
            newLendingVolumeOre: number;
            /** @description Principal repaid in the period */
            repaidPrincipalOre: number;
            /** @description Interest paid in the period */
            interestOre: number;
            /** @description Fees paid in the period */
            feesOre: number;
            /** @description Principal written off in the period */
            writtenOffOre: number;
        };
        LoanAmountsByProductDto: {
            /** @description Loans granted (approved) in the period, guarantees included */
            loansGranted: number;
            /** @description Sum of their granted amounts */
            grantedVolumeOre: number;
            /** @description New lending volume: disbursements booked in the period */
            newLendingVolumeOre: number;
            /** @description Principal repaid in the period */
            repaidPrincipalOre: number;
            /** @description Interest paid in the period */
            interestOre: number;
            /** @description Fees paid in the period */
            feesOre: number;
            /** @description Principal written off in the period */
            writtenOffOre: number;
            /** @example mikrolan */
            product: string;
            /** @enum {string|null} */
            productKind: "loan" | "guarantee" | null;
        };
        LoanAmountsByRegionDto: {
            /** @description Loans granted (approved) in the period, guarantees included */
            loansGranted: number;
            /** @description Sum of their granted amounts */
            grantedVolumeOre: number;
            /** @description New lending volume: disbursements booked in the period */
            newLendingVolumeOre: number;
            /** @description Principal repaid in the period */
            repaidPrincipalOre: number;
            /** @description Interest paid in the period */
            interestOre: number;
            /** @description Fees paid in the period */
            feesOre: number;
            /** @description Principal written off in the period */
            writtenOffOre: number;
            /** @enum {string} */
            region: "vastmanland" | "orebro";
        };
        LoansByTargetGroupDto: {
            /**
             * @description The customer's group on the approval date
             * @enum {string}
             */
            targetGroup: "bredd" | "ideal" | "spets" | "unclassified";
            loansGranted: number;
            grantedVolumeOre: number;
        };
        QuarterBalanceDto: {
            /** @example 2025-Q4 */
            quarter: string;
            /** @example 2025-12-31 */
            end: string;
            /** @description Disbursed − repaid principal − written off, booked on or before end */
            outstandingPrincipalOre: number;
        };
        ReturnOnLendingDto: {
            /**
             * @description First day of the oldest of the 12 quarters
             * @example 2023-01-01
             */
            from: string;
            /**
             * @description Last day of the quarter containing the period’s last day
             * @example 2025-12-31
             */
            to: string;
            /** @description The 12 quarter-end balances, oldest first */
            quarters: components["schemas"]["QuarterBalanceDto"][];
            interestOre: number;
            feesOre: number;
            writtenOffOre: number;
            /** @description interest + fees − written off over the 12 quarters */
            incomeOre: number;
            /** @description Mean of the 12 quarter-end balances (may have a fraction of an öre) */
            meanOutstandingPrincipalOre: number;
            /** @description income ÷ mean ÷ 3 × 100 (annual %); null when the mean is 0 */
            returnPercent: number | null;
            /** @example 2 */
            goalPercent: number;
        };
        LoanVolumeResponse: {
            period: components["schemas"]["PeriodDto"];
            /**
             * @description The region asked for; null for both together
             * @enum {string|null}
             */
            region: "vastmanland" | "orebro" | null;
            totals: components["schemas"]["LoanAmountsDto"];
            /** @description Outstanding principal at the period’s last day */
            outstandingPrincipalOre: number;
            /** @description Products with any activity in the period */
            byProduct: components["schemas"]["LoanAmountsByProductDto"][];
            /** @description Each region asked for (by the customer’s latest region) */
            byRegion: components["schemas"]["LoanAmountsByRegionDto"][];
            /** @description Loans granted by the customer’s target group on the approval date */
            byTargetGroup: components["schemas"]["LoansByTargetGroupDto"][];
            returnOnLending: components["schemas"]["ReturnOnLendingDto"];
        };
        CustomerCountsByRegionDto: {
            /** @description Distinct customers with a delivered module (not voided) or an advisory session in the period */
            advisory: number;
            /** @description Distinct customers with a loan granted in the period */
            loans: number;
            /** @description Distinct customers over both */
            total: number;
            /** @enum {string} */
            region: "vastmanland" | "orebro";
        };
        AdvisoryCustomersByAdvisorDto: {
            advisorId: string;
            /** @description Distinct customers this advisor delivered a module to or held a session with */
            advisory: number;
        };
        UniqueCustomersDto: {
            /** @description Distinct customers with a delivered module (not voided) or an advisory session in the period */
            advisory: number;
            /** @description Distinct customers with a loan granted in the period */
            loans: number;
            /** @description Distinct customers over both */
            total: number;
            /** @description By the customer’s latest region */
            byRegion: components["schemas"]["CustomerCountsByRegionDto"][];
            /** @description Advisory only; a customer seen by two advisors counts for each */
            byAdvisor: components["schemas"]["AdvisoryCustomersByAdvisorDto"][];
        };
        ModuleCountDto: {
            /** @example behovssamtal */
            module: string;
            count: number;
        };
        RegionCountDto: {
            /** @enum {string} */
            region: "vastmanland" | "orebro";
            count: number;
        };
        AdvisorCountDto: {
            advisorId: string;
            count: number;
        };
        DeliveryModulesDto: {
            /** @description Modules delivered in the period, minus those voided (whenever voided) */
            total: number;
            byModule: components["schemas"]["ModuleCountDto"][];
            byRegion: components["schemas"]["RegionCountDto"][];
            byAdvisor: components["schemas"]["AdvisorCountDto"][];
        };
        UniqueCustomersResponse: {
            period: components["schemas"]["PeriodDto"];
            /**
             * @description The region asked for; null for both together
             * @enum {string|null}
             */
            region: "vastmanland" | "orebro" | null;
            uniqueCustomers: components["schemas"]["UniqueCustomersDto"];
            deliveryModules: components["schemas"]["DeliveryModulesDto"];
        };
        InterventionCountsDto: {
            loans: number;
            modules: number;
            total: number;
        };
        CountShareDto: {
            count: number;
            /** @description count ÷ all of the same kind in the period (0..1); null when there are none */
            share: number | null;
        };
        TargetGroupInterventionsDto: {
            /**
             * @description The customer's group on each intervention's date
             * @enum {string}
             */
            targetGroup: "bredd" | "ideal" | "spets" | "unclassified";
            /** @description Loans granted; share of all loans granted */
            loans: components["schemas"]["CountShareDto"];
            /** @description Modules delivered (not voided); share of all modules delivered */
            modules: components["schemas"]["CountShareDto"];
            /** @description Both; share of all interventions */
            total: components["schemas"]["CountShareDto"];
        };
        TargetGroupsResponse: {
            period: components["schemas"]["PeriodDto"];
            /**
             * @description The region asked for; null for both together
             * @enum {string|null}
             */
            region: "vastmanland" | "orebro" | null;
            /** @description All interventions in the period */
            interventions: components["schemas"]["InterventionCountsDto"];
            /** @description bredd, ideal, spets, unclassified: always all four */
            groups: components["schemas"]["TargetGroupInterventionsDto"][];
        };
        TimeShareDto: {
            customerMinutes: number;
            internalMinutes: number;
            /** @description customer + internal (absence is not worked time) */
            workedMinutes: number;
            /** @description customer ÷ worked (0..1); null when nothing was worked */
            share: number | null;
        };
        TimeShareByRegionDto: {
            customerMinutes: number;
            internalMinutes: number;
            /** @description customer + internal (absence is not worked time) */
            workedMinutes: number;
            /** @description customer ÷ worked (0..1); null when nothing was worked */
            share: number | null;
            /**
             * @description The employee's latest region
             * @enum {string}
             */
            region: "vastmanland" | "orebro";
        };
        TimeShareByEmployeeDto: {
            customerMinutes: number;
            internalMinutes: number;
            /** @description customer + internal (absence is not worked time) */
            workedMinutes: number;
            /** @description customer ÷ worked (0..1); null when nothing was worked */
            share: number | null;
            employeeId: string;
            /**
             * @description null for an employee the staff register does not know (counted in totals only)
             * @enum {string|null}
             */
            region: "vastmanland" | "orebro" | null;
        };
        TimeBucketDto: {
            total: components["schemas"]["TimeShareDto"];
            /** @description Each region asked for */
            byRegion: components["schemas"]["TimeShareByRegionDto"][];
            /** @description Employees with time in it, by id */
            byEmployee: components["schemas"]["TimeShareByEmployeeDto"][];
            /**
             * @description '2025-W03' (ISO week), '2025-03', '2025-Q1' or '2025'
             * @example 2025-W03
             */
            key: string;
            /** @description First day of the bucket inside the period */
            from: string;
            /** @description Last day of the bucket inside the period */
            to: string;
        };
        CustomerTimeResponse: {
            period: components["schemas"]["PeriodDto"];
            /**
             * @description The region asked for; null for both together
             * @enum {string|null}
             */
            region: "vastmanland" | "orebro" | null;
            /** @enum {string} */
            granularity: "week" | "month" | "quarter" | "year";
            /**
             * @description The directive’s goal line
             * @example 0.8
             */
            goal: number;
            total: components["schemas"]["TimeShareDto"];
            byRegion: components["schemas"]["TimeShareByRegionDto"][];
            byEmployee: components["schemas"]["TimeShareByEmployeeDto"][];
            /** @description Every week, month, quarter or year across the period, in order; the first and last are cut to the period */
            buckets: components["schemas"]["TimeBucketDto"][];
        };
        BenchmarkShareDto: {
            /** @enum {string} */
            region: "vastmanland" | "orebro";
            /** @enum {string} */
            population: "business_population" | "new_businesses";
            /** @description Share 0..1 entered for the region and year */
            share: number;
        };
        OwnerAttributeShareDto: {
            yes: number;
            no: number;
            /** @description Not answered, answered 'unknown', or erased: outside the share */
            unknown: number;
            /** @description yes ÷ (yes + no); null when none is known */
            share: number | null;
            benchmarks: components["schemas"]["BenchmarkShareDto"][];
        };
        EarlyStageShareDto: {
            earlyStage: number;
            /** @description All counted (the phase is always known) */
            all: number;
            /** @description earlyStage ÷ all; null when there are none */
            share: number | null;
            benchmarks: components["schemas"]["BenchmarkShareDto"][];
        };
        FocusPopulationDto: {
            /** @description Loans granted (a customer with two loans counts twice), or unique advisory customers */
            count: number;
            womenLed: components["schemas"]["OwnerAttributeShareDto"];
            foreignBackground: components["schemas"]["OwnerAttributeShareDto"];
            earlyStage: components["schemas"]["EarlyStageShareDto"];
        };
        FocusGroupsResponse: {
            period: components["schemas"]["PeriodDto"];
            /**
             * @description The region asked for; null for both together
             * @enum {string|null}
             */
            region: "vastmanland" | "orebro" | null;
            /** @description The year whose benchmarks are shown (the year of the period’s last day) */
            benchmarkYear: number;
            loans: components["schemas"]["FocusPopulationDto"];
            advisory: components["schemas"]["FocusPopulationDto"];
        };
        RecommendationShareByRegionDto: {
            /** @description Survey answers given in the period */
            answers: number;
            /** @description Of them, those that would recommend Almi */
            wouldRecommend: number;
            /** @description wouldRecommend ÷ answers (0..1); null when there are no answers */
            share: number | null;
            /**
             * @description The customer's latest region
             * @enum {string}
             */
            region: "vastmanland" | "orebro";
        };
        RecommendationsResponse: {
            period: components["schemas"]["PeriodDto"];
            /**
             * @description The region asked for; null for both together
             * @enum {string|null}
             */
            region: "vastmanland" | "orebro" | null;
            answers: number;
            wouldRecommend: number;
            share: number | null;
            /**
             * @description The directive’s goal: at least 90 % would recommend
             * @example 0.9
             */
            goal: number;
            byRegion: components["schemas"]["RecommendationShareByRegionDto"][];
        };
        TimeMinutesByKindDto: {
            customer: number;
            internal: number;
            absence: number;
        };
        FundingProjectFiguresDto: {
            projectId: string;
            /** @description null when the project is not (yet) in the register */
            name: string | null;
            funder: string | null;
            startsOn: string | null;
            endsOn: string | null;
            /** @description Costs booked in the period (öre); not cut by region */
            costsOre: number;
            /** @description Revenues booked in the period (öre); not cut by region */
            revenuesOre: number;
            /** @description Advisory sessions held in the period under the project */
            advisorySessions: number;
            /** @description Modules delivered in the period under the project, not voided */
            deliveryModules: number;
            /** @description Loans granted in the period under the project */
            loansGranted: number;
            grantedVolumeOre: number;
            /** @description Disbursements booked in the period on loans under the project */
            disbursedOre: number;
            /** @description Live time entries in the period under the project */
            timeMinutes: components["schemas"]["TimeMinutesByKindDto"];
        };
        SpecialAssignmentsResponse: {
            period: components["schemas"]["PeriodDto"];
            /**
             * @description The region asked for; null for both together
             * @enum {string|null}
             */
            region: "vastmanland" | "orebro" | null;
            /** @description Projects running during the period, and any other with something booked in it; by id */
            projects: components["schemas"]["FundingProjectFiguresDto"][];
        };
        MentorPairCountsDto: {
            /** @description Pairs matched in the period */
            matched: number;
            /** @description Pairs matched on or before the period’s last day and not concluded by then */
            active: number;
        };
        MentorProgrammeDto: {
            /** @description Pairs matched in the period */
            matched: number;
            /** @description Pairs matched on or before the period’s last day and not concluded by then */
            active: number;
            /** @enum {string} */
            programme: "mentor_starta_foretag" | "mentor_utveckla_foretag";
        };
        MentorPairsResponse: {
            period: components["schemas"]["PeriodDto"];
            /**
             * @description The region asked for; null for both together
             * @enum {string|null}
             */
            region: "vastmanland" | "orebro" | null;
            total: components["schemas"]["MentorPairCountsDto"];
            /** @description Both programmes, and any other found */
            byProgramme: components["schemas"]["MentorProgrammeDto"][];
        };
        TargetScopeDto: {
            /** @example 2025 */
            year: number;
            /**
             * @description 0 = the whole year
             * @enum {number}
             */
            quarter: 0 | 1 | 2 | 3 | 4;
            /**
             * @description The region, or '' for both together
             * @example
             */
            region: string;
        };
        DeviationCommentDto: {
            comment: string;
            recordedBy: string;
        };
        TargetOutcomeDto: {
            /** @example new_lending_volume */
            metric: string;
            /**
             * @description Shares are fractions 0..1; return on lending is a percent number
             * @enum {string}
             */
            unit: "count" | "ore" | "share" | "percent";
            /** @description The board’s target */
            target: number;
            /** @description The metric for the same period and region; null when it has no value (a share of nothing) */
            outcome: number | null;
            /** @description outcome − target */
            deviation: number | null;
            /** @description deviation ÷ target × 100; null when the target is 0 */
            deviationPercent: number | null;
            /** @description The controller’s comment on this scope, if any */
            comment: components["schemas"]["DeviationCommentDto"] | null;
        };
        TargetsResponse: {
            period: components["schemas"]["PeriodDto"];
            /**
             * @description The region asked for; null for both together
             * @enum {string|null}
             */
            region: "vastmanland" | "orebro" | null;
            /** @description The target scope the period matches exactly (a calendar year or quarter); null for a month or another range, which has no targets */
            scope: components["schemas"]["TargetScopeDto"] | null;
            /** @description In the order of the metric catalogue */
            targets: components["schemas"]["TargetOutcomeDto"][];
        };
        IssuedReportSummaryDto: {
            /** @example report-2026-Q1 */
            streamId: string;
            /** @enum {string} */
            kind: "quarterly" | "yearly";
            year: number;
            quarter: number | null;
            /** @description null: both regions together */
            region: string | null;
            /** @example 1 */
            version: number;
            /** @description The latest version of its report */
            latest: boolean;
            /**
             * @description The store’s head the figures were computed at
             * @example 1234-5
             */
            position: string;
            issuedBy: string;
            /** @example 2026-04-15 */
            issuedOn: string;
            issuedAt: string;
            /** @description How many figures it holds (read them with GET /reports/quarterly|yearly?issued=<version>) */
            figureCount: number;
        };
        IssuedReportsResponse: {
            year: number;
            /** @description Quarters 1–4, then the year; both regions before each region; versions in order */
            reports: components["schemas"]["IssuedReportSummaryDto"][];
        };
        FigureLabelDto: {
            /** @example Nyutlåningsvolym */
            sv: string;
            /** @example New lending volume */
            en: string;
        };
        ReportCommentDto: {
            comment: string;
            recordedBy: string;
        };
        ReportFigureDto: {
            /**
             * @description A scorecard metric key, or a supporting figure’s dotted key (outstanding_principal, mentor_pairs.active, …)
             * @example new_lending_volume
             */
            metric: string;
            /** @enum {string} */
            section: "loans" | "advisory" | "target_groups" | "customer_time" | "focus_groups" | "recommendations" | "special_assignments" | "mentor_pairs";
            label: components["schemas"]["FigureLabelDto"];
            /**
             * @description Shares are fractions 0..1; return on lending is a percent number; money is öre
             * @enum {string}
             */
            unit: "count" | "ore" | "share" | "percent" | "minutes";
            /** @description null when it has no value (a share of nothing) */
            outcome: number | null;
            /** @description The board’s target for exactly this period and region; null when none */
            target: number | null;
            /** @description outcome − target */
            deviation: number | null;
            /** @description deviation ÷ target × 100; null when the target is 0 */
            deviationPercent: number | null;
            /** @description The controller’s comment on the deviation, for this period and region */
            comment: components["schemas"]["ReportCommentDto"] | null;
        };
        ReportResponse: {
            /** @enum {string} */
            kind: "quarterly" | "yearly";
            /** @example 2026 */
            year: number;
            /** @enum {number|null} */
            quarter: 1 | 2 | 3 | 4 | null;
            /**
             * @description null: both regions together
             * @enum {string|null}
             */
            region: "vastmanland" | "orebro" | null;
            period: components["schemas"]["PeriodDto"];
            /**
             * @description Every read model had applied all events up to this position in the snapshot the figures were read from
             * @example 1234-5
             */
            readModelsAt: string | null;
            /** @description Every figure, area by area: the scorecard metrics and the figures that explain them */
            figures: components["schemas"]["ReportFigureDto"][];
        };
        IssuedReportDto: {
            /** @example report-2026-Q1 */
            streamId: string;
            /** @example 2 */
            version: number;
            /**
             * @description The store’s head, reached by every read model, when the figures were computed
             * @example 1234-5
             */
            position: string;
            issuedBy: string;
            /** @example 2026-04-15 */
            issuedOn: string;
            /** @example 2026-04-15T09:12:00.000Z */
            issuedAt: string;
            /** @description The figures exactly as issued */
            figures: components["schemas"]["ReportFigureDto"][];
        };
        FigureValuesDto: {
            outcome: number | null;
            target: number | null;
            deviation: number | null;
            deviationPercent: number | null;
            comment: components["schemas"]["ReportCommentDto"] | null;
        };
        FigureDifferenceDto: {
            metric: string;
            section: string;
            label: components["schemas"]["FigureLabelDto"];
            unit: string;
            /** @description null when the issued report did not have the figure */
            issued: components["schemas"]["FigureValuesDto"] | null;
            /** @description null when the figure is gone now */
            current: components["schemas"]["FigureValuesDto"] | null;
            /** @description current outcome − issued outcome */
            outcomeDifference: number | null;
            /** @description Outcome, target or comment differ */
            changed: boolean;
        };
        ReportComparisonResponse: {
            /** @enum {string} */
            kind: "quarterly" | "yearly";
            year: number;
            quarter: number | null;
            region: string | null;
            issued: components["schemas"]["IssuedReportDto"];
            current: components["schemas"]["ReportResponse"];
            differences: components["schemas"]["FigureDifferenceDto"][];
            /** @description How many figures differ */
            changed: number;
        };
        IssueQuarterlyReportDto: {
            /** @example 2025 */
            year: number;
            /**
             * @description One region; absent for both together
             * @enum {string}
             */
            region?: "vastmanland" | "orebro";
            /**
             * @example 1
             * @enum {number}
             */
            quarter: 1 | 2 | 3 | 4;
        };
        IssueYearlyReportDto: {
            /** @example 2025 */
            year: number;
            /**
             * @description One region; absent for both together
             * @enum {string}
             */
            region?: "vastmanland" | "orebro";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Database unreachable or migrations pending */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_stream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events in stream order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not an admin or controller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such stream */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_byCorrelation: {
        parameters: {
            query: {
                correlationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events in global order (at most 1000) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not an admin or controller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegisterCustomerRoute_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterCustomerDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UpdateCustomerProfileRoute_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description Organisationsnummer */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerProfileDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClassifyCustomerRoute_classify: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description Organisationsnummer */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClassifyCustomerDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordOwnerProfileRoute_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description Organisationsnummer */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOwnerProfileDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EraseCustomerPersonalDataRoute_erase: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description Organisationsnummer */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseCustomerPersonalDataDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RegisterEmployeeRoute_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterEmployeeDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ChangeEmployeeRolesRoute_change: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEmployeeRolesDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GrantCreditCertificationRoute_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description A registered employee */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantCreditCertificationDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RevokeCreditCertificationRoute_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCreditCertificationDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RegisterLoanApplicationRoute_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterLoanApplicationDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DecideLoanRoute_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The id returned when the application was registered */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideLoanDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApproveLoanRoute_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveLoanDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DisburseLoanRoute_disburse: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisburseLoanDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordRepaymentRoute_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRepaymentDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WriteOffLoanRoute_writeOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriteOffLoanDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CloseLoanRoute_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseLoanDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    LogAdvisorySessionRoute_log: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogAdvisorySessionDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DeliverModuleRoute_deliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverModuleDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VoidDeliveryRoute_void: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The delivery (404 if unknown) */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidDeliveryDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MatchMentorPairRoute_match: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchMentorPairDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConcludeMentorPairRoute_conclude: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The mentor pair (404 if unknown) */
                pairId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConcludeMentorPairDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordTimeEntryRoute_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordTimeEntryDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CorrectTimeEntryRoute_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The entry, on the day named by employeeId and date (404 if not there) */
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectTimeEntryDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VoidTimeEntryRoute_void: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The entry, on the day named by employeeId and date (404 if not there) */
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidTimeEntryDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SetTargetRoute_set: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTargetDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SetBenchmarkRoute_set: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetBenchmarkDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordDeviationCommentRoute_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordDeviationCommentDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordSurveyAnswerRoute_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSurveyAnswerDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RegisterFundingProjectRoute_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFundingProjectDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BookProjectCostRoute_book: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The funding project (404 if not registered) */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookProjectCostDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BookProjectRevenueRoute_book: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The funding project (404 if not registered) */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookProjectRevenueDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ProjectionsController_status: {
        parameters: {
            query?: {
                /** @description A position a command answered (<commit>-<prepare>): wait for it first */
                position?: string;
                /** @description How long to wait for the position (default 5000, at most 30000) */
                waitMs?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per projection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description position or waitMs malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach the position in time */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ProjectionsController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RebuildProjectionsDto"];
            };
        };
        responses: {
            /** @description Started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No projection of that name */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A rebuild is already running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    LoanVolumeRoute_get: {
        parameters: {
            query?: {
                /** @description A calendar year; alone, or with quarter or month */
                year?: number;
                /** @description A quarter of year */
                quarter?: 1 | 2 | 3 | 4;
                /** @description A month of year */
                month?: number;
                /** @description First business date of a range (with to; not with year) */
                from?: string;
                /** @description Last business date of a range, included */
                to?: string;
                /** @description One region (the customer’s latest region; for time, the employee’s); absent for both together */
                region?: "vastmanland" | "orebro";
                /** @description A command's answered position (<commit>-<prepare>): the figures include everything up to it (read your writes) */
                position?: string;
                /** @description How long to wait for the read models to reach position, in ms (503 when they do not) */
                waitMs?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanVolumeResponse"];
                };
            };
            /** @description The period, region or another parameter is invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read the scorecard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach ?position= within waitMs */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UniqueCustomersRoute_get: {
        parameters: {
            query?: {
                /** @description A calendar year; alone, or with quarter or month */
                year?: number;
                /** @description A quarter of year */
                quarter?: 1 | 2 | 3 | 4;
                /** @description A month of year */
                month?: number;
                /** @description First business date of a range (with to; not with year) */
                from?: string;
                /** @description Last business date of a range, included */
                to?: string;
                /** @description One region (the customer’s latest region; for time, the employee’s); absent for both together */
                region?: "vastmanland" | "orebro";
                /** @description A command's answered position (<commit>-<prepare>): the figures include everything up to it (read your writes) */
                position?: string;
                /** @description How long to wait for the read models to reach position, in ms (503 when they do not) */
                waitMs?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UniqueCustomersResponse"];
                };
            };
            /** @description The period, region or another parameter is invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read the scorecard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach ?position= within waitMs */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TargetGroupsRoute_get: {
        parameters: {
            query?: {
                /** @description A calendar year; alone, or with quarter or month */
                year?: number;
                /** @description A quarter of year */
                quarter?: 1 | 2 | 3 | 4;
                /** @description A month of year */
                month?: number;
                /** @description First business date of a range (with to; not with year) */
                from?: string;
                /** @description Last business date of a range, included */
                to?: string;
                /** @description One region (the customer’s latest region; for time, the employee’s); absent for both together */
                region?: "vastmanland" | "orebro";
                /** @description A command's answered position (<commit>-<prepare>): the figures include everything up to it (read your writes) */
                position?: string;
                /** @description How long to wait for the read models to reach position, in ms (503 when they do not) */
                waitMs?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetGroupsResponse"];
                };
            };
            /** @description The period, region or another parameter is invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read the scorecard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach ?position= within waitMs */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CustomerTimeRoute_get: {
        parameters: {
            query?: {
                /** @description A calendar year; alone, or with quarter or month */
                year?: number;
                /** @description A quarter of year */
                quarter?: 1 | 2 | 3 | 4;
                /** @description A month of year */
                month?: number;
                /** @description First business date of a range (with to; not with year) */
                from?: string;
                /** @description Last business date of a range, included */
                to?: string;
                /** @description One region (the customer’s latest region; for time, the employee’s); absent for both together */
                region?: "vastmanland" | "orebro";
                /** @description A command's answered position (<commit>-<prepare>): the figures include everything up to it (read your writes) */
                position?: string;
                /** @description How long to wait for the read models to reach position, in ms (503 when they do not) */
                waitMs?: string;
                /** @description Buckets across the period: ISO weeks (Monday start), months, quarters or years */
                granularity?: "week" | "month" | "quarter" | "year";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerTimeResponse"];
                };
            };
            /** @description The period, region or another parameter is invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read the scorecard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach ?position= within waitMs */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    FocusGroupsRoute_get: {
        parameters: {
            query?: {
                /** @description A calendar year; alone, or with quarter or month */
                year?: number;
                /** @description A quarter of year */
                quarter?: 1 | 2 | 3 | 4;
                /** @description A month of year */
                month?: number;
                /** @description First business date of a range (with to; not with year) */
                from?: string;
                /** @description Last business date of a range, included */
                to?: string;
                /** @description One region (the customer’s latest region; for time, the employee’s); absent for both together */
                region?: "vastmanland" | "orebro";
                /** @description A command's answered position (<commit>-<prepare>): the figures include everything up to it (read your writes) */
                position?: string;
                /** @description How long to wait for the read models to reach position, in ms (503 when they do not) */
                waitMs?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocusGroupsResponse"];
                };
            };
            /** @description The period, region or another parameter is invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read the scorecard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach ?position= within waitMs */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecommendationsRoute_get: {
        parameters: {
            query?: {
                /** @description A calendar year; alone, or with quarter or month */
                year?: number;
                /** @description A quarter of year */
                quarter?: 1 | 2 | 3 | 4;
                /** @description A month of year */
                month?: number;
                /** @description First business date of a range (with to; not with year) */
                from?: string;
                /** @description Last business date of a range, included */
                to?: string;
                /** @description One region (the customer’s latest region; for time, the employee’s); absent for both together */
                region?: "vastmanland" | "orebro";
                /** @description A command's answered position (<commit>-<prepare>): the figures include everything up to it (read your writes) */
                position?: string;
                /** @description How long to wait for the read models to reach position, in ms (503 when they do not) */
                waitMs?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationsResponse"];
                };
            };
            /** @description The period, region or another parameter is invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read the scorecard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach ?position= within waitMs */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SpecialAssignmentsRoute_get: {
        parameters: {
            query?: {
                /** @description A calendar year; alone, or with quarter or month */
                year?: number;
                /** @description A quarter of year */
                quarter?: 1 | 2 | 3 | 4;
                /** @description A month of year */
                month?: number;
                /** @description First business date of a range (with to; not with year) */
                from?: string;
                /** @description Last business date of a range, included */
                to?: string;
                /** @description One region (the customer’s latest region; for time, the employee’s); absent for both together */
                region?: "vastmanland" | "orebro";
                /** @description A command's answered position (<commit>-<prepare>): the figures include everything up to it (read your writes) */
                position?: string;
                /** @description How long to wait for the read models to reach position, in ms (503 when they do not) */
                waitMs?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialAssignmentsResponse"];
                };
            };
            /** @description The period, region or another parameter is invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read the scorecard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach ?position= within waitMs */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MentorPairsRoute_get: {
        parameters: {
            query?: {
                /** @description A calendar year; alone, or with quarter or month */
                year?: number;
                /** @description A quarter of year */
                quarter?: 1 | 2 | 3 | 4;
                /** @description A month of year */
                month?: number;
                /** @description First business date of a range (with to; not with year) */
                from?: string;
                /** @description Last business date of a range, included */
                to?: string;
                /** @description One region (the customer’s latest region; for time, the employee’s); absent for both together */
                region?: "vastmanland" | "orebro";
                /** @description A command's answered position (<commit>-<prepare>): the figures include everything up to it (read your writes) */
                position?: string;
                /** @description How long to wait for the read models to reach position, in ms (503 when they do not) */
                waitMs?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorPairsResponse"];
                };
            };
            /** @description The period, region or another parameter is invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read the scorecard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach ?position= within waitMs */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TargetsRoute_get: {
        parameters: {
            query?: {
                /** @description A calendar year; alone, or with quarter or month */
                year?: number;
                /** @description A quarter of year */
                quarter?: 1 | 2 | 3 | 4;
                /** @description A month of year */
                month?: number;
                /** @description First business date of a range (with to; not with year) */
                from?: string;
                /** @description Last business date of a range, included */
                to?: string;
                /** @description One region (the customer’s latest region; for time, the employee’s); absent for both together */
                region?: "vastmanland" | "orebro";
                /** @description A command's answered position (<commit>-<prepare>): the figures include everything up to it (read your writes) */
                position?: string;
                /** @description How long to wait for the read models to reach position, in ms (503 when they do not) */
                waitMs?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetsResponse"];
                };
            };
            /** @description The period, region or another parameter is invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read the scorecard */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach ?position= within waitMs */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ListIssuedReportsRoute_list: {
        parameters: {
            query: {
                /** @description The year the reports are about */
                year: number;
                kind?: "quarterly" | "yearly";
                /** @description Only that region's reports; absent for all (both-regions reports included) */
                region?: "vastmanland" | "orebro";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedReportsResponse"];
                };
            };
            /** @description year missing or invalid, or kind or region unknown */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read reports */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetReportRoute_quarterly: {
        parameters: {
            query: {
                year: number;
                /** @description One region; absent for both together */
                region?: "vastmanland" | "orebro";
                /** @description 'latest' or a version number: the issued figures beside today's, with the difference per figure */
                issued?: string;
                /** @description Overrides the Accept header (application/json, text/csv, text/html) */
                format?: "json" | "csv" | "html";
                /** @description Language of the labels in CSV and HTML (JSON has both) */
                lang?: "sv" | "en";
                /** @description A command's answered position: the figures include everything up to it (read your writes) */
                position?: string;
                /** @description How long to wait for position, in ms (503 when not reached) */
                waitMs?: string;
                quarter: 1 | 2 | 3 | 4;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (JSON shown; CSV and HTML carry the same figures) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"] | components["schemas"]["ReportComparisonResponse"];
                    "text/csv": components["schemas"]["ReportResponse"] | components["schemas"]["ReportComparisonResponse"];
                    "text/html": components["schemas"]["ReportResponse"] | components["schemas"]["ReportComparisonResponse"];
                };
            };
            /** @description A parameter is invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                    "text/csv": components["schemas"]["ProblemDetailsDto"];
                    "text/html": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                    "text/csv": components["schemas"]["ProblemDetailsDto"];
                    "text/html": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read reports */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                    "text/csv": components["schemas"]["ProblemDetailsDto"];
                    "text/html": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description With ?issued=: the report, or that version of it, was never issued */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                    "text/csv": components["schemas"]["ProblemDetailsDto"];
                    "text/html": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach ?position= within waitMs */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                    "text/csv": components["schemas"]["ProblemDetailsDto"];
                    "text/html": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetReportRoute_yearly: {
        parameters: {
            query: {
                year: number;
                /** @description One region; absent for both together */
                region?: "vastmanland" | "orebro";
                /** @description 'latest' or a version number: the issued figures beside today's, with the difference per figure */
                issued?: string;
                /** @description Overrides the Accept header (application/json, text/csv, text/html) */
                format?: "json" | "csv" | "html";
                /** @description Language of the labels in CSV and HTML (JSON has both) */
                lang?: "sv" | "en";
                /** @description A command's answered position: the figures include everything up to it (read your writes) */
                position?: string;
                /** @description How long to wait for position, in ms (503 when not reached) */
                waitMs?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (JSON shown; CSV and HTML carry the same figures) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"] | components["schemas"]["ReportComparisonResponse"];
                    "text/csv": components["schemas"]["ReportResponse"] | components["schemas"]["ReportComparisonResponse"];
                    "text/html": components["schemas"]["ReportResponse"] | components["schemas"]["ReportComparisonResponse"];
                };
            };
            /** @description A parameter is invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                    "text/csv": components["schemas"]["ProblemDetailsDto"];
                    "text/html": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                    "text/csv": components["schemas"]["ProblemDetailsDto"];
                    "text/html": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only controllers and admins read reports */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                    "text/csv": components["schemas"]["ProblemDetailsDto"];
                    "text/html": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description With ?issued=: the report, or that version of it, was never issued */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                    "text/csv": components["schemas"]["ProblemDetailsDto"];
                    "text/html": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach ?position= within waitMs */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                    "text/csv": components["schemas"]["ProblemDetailsDto"];
                    "text/html": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    IssueReportRoute_quarterly: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueQuarterlyReportDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach the store’s head in time */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    IssueReportRoute_yearly: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and records nothing new */
                "Idempotency-Key"?: string;
                /** @description Kept in every event this command records; generated when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueYearlyReportDto"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description A field is missing or invalid: each is named with the reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role, or a rule of access, does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id it refers to does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A concurrent change or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A business rule is broken */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read models did not reach the store’s head in time */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
}
