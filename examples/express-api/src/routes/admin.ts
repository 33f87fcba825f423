import { Router } from 'express';
import { pool } from '../lib/db';

// Operator endpoints for the dead-letter queue of failed jobs.
export const admin = Router();

admin.get('/queues/dead-letter', async (_req, res) => {
  const result = await pool.query('SELECT id, payload, error FROM dead_letters ORDER BY id DESC LIMIT 100');
  res.json(result.rows);
});

admin.post('/queues/dead-letter/:id/replay', async (req, res) => {
  await pool.query('UPDATE dead_letters SET replay = true WHERE id = $1', [req.params.id]);
  res.sendStatus(202);
});
