import { Router } from 'express';
import { pool } from '../lib/db';

export const orders = Router();

// Scoped to the caller: safe.
orders.get('/', async (req, res) => {
  const result = await pool.query('SELECT * FROM orders WHERE user_id = $1', [(req as any).user.id]);
  res.json(result.rows);
});

// Any signed-in user can cancel any order: the owner is never compared.
orders.delete('/:id', async (req, res) => {
  await pool.query('DELETE FROM orders WHERE id = $1', [req.params.id]);
  res.sendStatus(204);
});

// Shared receipts are meant to be public, but the exemption covers the whole prefix.
orders.get('/shared/:token', async (req, res) => {
  const result = await pool.query('SELECT * FROM receipts WHERE token = $1', [req.params.token]);
  res.json(result.rows[0] ?? null);
});
