import express, { NextFunction, Request, Response } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import session from 'express-session';
import rateLimit from 'express-rate-limit';
import { config } from './config';
import { requireAuth } from './middleware/auth';
import { users } from './routes/users';
import { files } from './routes/files';
import { integrations } from './routes/integrations';
import { admin } from './routes/admin';
import { orders } from './routes/orders';

const app = express();

app.set('trust proxy', true);
app.use(helmet());
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: '100kb' }));
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(
  session({
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: true },
  }),
);

app.use('/users', users);
app.use('/files', requireAuth, files);
app.use('/integrations', integrations);
app.use('/orders', requireAuth, orders);
// Authenticated, but any signed-in user reaches the operator endpoints.
app.use('/admin', requireAuth, admin);

app.get('/health', (_req, res) => res.json({ ok: true }));
app.get('/metrics', (_req, res) => res.type('text/plain').send('jobs_failed_total 3\n'));

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(config.port);
