import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PersonalDataVault, Roles, type KekRotation } from '#libs/platform';

/** Operating the personal-data keys (README "Personal data"). */
@ApiTags('personal-data')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid token' })
@ApiForbiddenResponse({ description: 'Not an admin' })
@Roles('admin')
@Controller('admin/personal-data')
export class PersonalDataController {
  constructor(@Inject(PersonalDataVault) private readonly vault: PersonalDataVault) {}

  @Post('rotate-kek')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rotate the key-encryption key: every live data key is re-wrapped under a new KEK and the old KEK is destroyed',
    description:
      'After it, copies of erased data keys left in old table pages, WAL segments or backups can no longer be unwrapped. ' +
      'With PERSONAL_DATA_KEK (an environment variable) the new key must be put first in it beforehand, and the answer says which old keys to remove.',
  })
  @ApiOkResponse({
    description: 'The new KEK id, the retired ids and how many keys were re-wrapped',
    schema: { example: { kekId: '3f2a…', previousKekIds: ['9b1c…'], rewrapped: 42 } },
  })
  rotate(): Promise<KekRotation> {
    return this.vault.rotateKek();
  }
}
