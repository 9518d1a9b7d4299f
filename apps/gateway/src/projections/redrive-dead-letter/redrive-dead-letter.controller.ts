import { BadRequestException, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { DeadLetterViewDto } from '../list-dead-letters/dead-letter-view.dto';
import { RedriveDeadLetterCommand } from './redrive-dead-letter.command';

@ApiTags('projections')
@ApiSecurity('api-key')
@Controller('api/projections/dead-letters')
export class RedriveDeadLetterController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/redrive')
  @HttpCode(202)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Put a dead letter back on the article topic after a fix (once); answers the dead letter, now redriven' })
  @ApiAcceptedResponse({ type: DeadLetterViewDto })
  redrive(@Param('id') id: string) {
    if (!/^\d{1,18}$/.test(id)) throw new BadRequestException('the dead-letter id is a number');
    return this.commands.execute(new RedriveDeadLetterCommand(BigInt(id)));
  }
}
