import { FigureQueryDto } from '../../figure-query.dto.js';

/** The period, region and read-your-writes position: nothing more. */
export class UniqueCustomersQueryDto extends FigureQueryDto {}
