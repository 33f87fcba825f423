import { Router } from 'express';
import bcrypt from 'bcrypt';
import { pool } from '../lib/db';
import { logger } from '../lib/logger';

export const users = Router();

users.get('/search', async (req, res) => {
  const name = req.query.name as string;
  // The query text is built from the request.
  const sql = `SELECT id, email FROM users WHERE name LIKE '%${name}%'`;
  const result = await pool.query(sql);
  res.json(result.rows);
});

users.get('/:id', async (req, res) => {
  // Parameterised: safe.
  const result = await pool.query('SELECT id, email FROM users WHERE id = $1', [req.params.id]);
  res.json(result.rows[0] ?? null);
});

users.post('/login', async (req, res) => {
  const { email, password } = req.body;
  logger.info(`login attempt for ${email} with password ${password}`);
  const result = await pool.query('SELECT id, password_hash FROM users WHERE email = $1', [email]);
  const ok = result.rows[0] && (await bcrypt.compare(password, result.rows[0].password_hash));
  if (!ok) return res.status(401).json({ error: 'invalid credentials' });
  res.cookie('session_token', result.rows[0].id, { secure: false });
  res.cookie('theme', 'dark');
  return res.json({ ok: true });
});
