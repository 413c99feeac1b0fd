import { Module } from '@nestjs/common';
import { AuthCookies } from './auth-cookies';
import { DeviceCookies } from './device-cookies.service';
import { ServerKeys } from './server-keys.service';
import { SessionsService } from './sessions.service';

/** What every sign-in path needs: sessions, the cookies that carry sessions and device trust, and the keys that sign them. */
@Module({ providers: [SessionsService, AuthCookies, DeviceCookies, ServerKeys], exports: [SessionsService, AuthCookies, DeviceCookies, ServerKeys] })
export class SessionsModule {}
