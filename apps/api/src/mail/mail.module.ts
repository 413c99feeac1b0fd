import { Module } from '@nestjs/common';
import { Mailer } from './mailer.service';

/** Mail out of the API; the features that mail (invitations, password resets, nudges) import it. */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
