import { Module } from '@nestjs/common';
import { AuthCookies } from './auth-cookies';
import { DeviceCookies } from './device-cookies.service';
import { SessionsService } from './sessions.service';

/** What every sign-in path needs: sessions, and the cookies that carry sessions and device trust. */
@Module({ providers: [SessionsService, AuthCookies, DeviceCookies], exports: [SessionsService, AuthCookies, DeviceCookies] })
export class SessionsModule {}
