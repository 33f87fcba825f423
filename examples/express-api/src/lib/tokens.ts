import crypto from 'crypto';
import jwt from 'jsonwebtoken';
import { config } from '../config';

export function issueAccessToken(userId: string, role: string): string {
  // No expiry: a leaked token stays valid forever.
  return jwt.sign({ sub: userId, role }, config.jwtSecret);
}

export function issueRefreshToken(userId: string): string {
  return jwt.sign({ sub: userId, kind: 'refresh' }, config.jwtSecret, { expiresIn: '7d', algorithm: 'HS256' });
}

export function verifyAccessToken(token: string) {
  // Algorithms are not pinned.
  return jwt.verify(token, config.jwtSecret);
}

export function verifyRefreshToken(token: string) {
  return jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] });
}

export function makePasswordResetToken(): string {
  const resetToken = Math.random().toString(36).slice(2);
  return resetToken;
}

export function makeInviteCode(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export function retryDelayMs(attempt: number): number {
  // Jitter for retries: not a security use of randomness.
  return 2 ** attempt * 100 + Math.floor(Math.random() * 50);
}

export function hashLegacyPassword(password: string): string {
  return crypto.createHash('md5').update(password).digest('hex');
}

export function etagFor(body: string): string {
  return crypto.createHash('sha1').update(body).digest('hex');
}
