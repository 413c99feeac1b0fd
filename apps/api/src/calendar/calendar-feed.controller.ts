import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorators';
import { CalendarFeedsService } from './calendar-feeds.service';

/**
 * `GET /calendar/<token>.ics`: a calendar app's subscription, outside GraphQL and without a
 * session (the secret address is the credential). An unknown, replaced or revoked address is a
 * plain 404, the same for all three.
 */
@Public()
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: FastifyReply): Promise<void> {
    const ics = file.endsWith('.ics') ? await this.feeds.feed(file.slice(0, -'.ics'.length)) : null;
    res.headers({ 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' });
    if (ics === null) {
      res.status(404).type('text/plain; charset=utf-8').send('No such calendar.');
      return;
    }
    res.status(200).type('text/calendar; charset=utf-8').header('Content-Disposition', 'inline; filename="onward-practice.ics"').send(ics);
  }
}
