import { hkdfSync, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What a key is for: the row it falls back to, and the HKDF label that keeps keys of different uses apart. */
export interface KeyPurpose {
  /** The `server_secrets` row holding random material when none is configured. */
  secretName: string;
  /** HKDF info: two purposes never share a key, even from the same material. */
  label: string;
  /** Material from the environment (32+ characters), if the operator set some. */
  configured: string | undefined;
}

/**
 * Keys that every API instance must agree on (device cookies, mail links), so they are never made
 * up per process: from configured material, or else from one random secret the first instance
 * stores in the database. Read once per process and purpose; a failed read is retried on the next
 * use rather than remembered.
 */
@Injectable()
export class ServerKeys {
  private readonly keys = new Map<string, Promise<Buffer>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  key(purpose: KeyPurpose): Promise<Buffer> {
    const id = `${purpose.secretName}\0${purpose.label}`;
    let key = this.keys.get(id);
    if (!key) {
      key = this.derive(purpose).catch((error: unknown) => {
        this.keys.delete(id);
        throw error;
      });
      this.keys.set(id, key);
    }
    return key;
  }

  private async derive({ secretName, label, configured }: KeyPurpose): Promise<Buffer> {
    const material = configured ? Buffer.from(configured, 'utf8') : await this.storedSecret(secretName);
    return Buffer.from(hkdfSync('sha256', material, Buffer.alloc(0), label, 32));
  }

  private async storedSecret(name: string): Promise<Buffer> {
    // Instances starting together race here: the first insert wins and everyone reads the winner.
    await this.dataSource.query('INSERT INTO server_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, randomBytes(32)]);
    const [row]: { secret: Buffer }[] = await this.dataSource.query('SELECT secret FROM server_secrets WHERE name = $1', [name]);
    return row.secret;
  }
}
