import { NextFunction, Request, Response } from 'express';
import { verifyAccessToken } from '../lib/tokens';
import { logger } from '../lib/logger';

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  logger.debug({ headers: req.headers }, 'authenticating request');
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) {
    return res.status(401).json({ error: 'missing token' });
  }
  try {
    (req as any).user = verifyAccessToken(header.slice(7));
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}
