import { Router } from 'express';
import axios from 'axios';
import crypto from 'crypto';
import { config } from '../config';

export const integrations = Router();

integrations.post('/fetch-preview', async (req, res) => {
  const { url } = req.body;
  const response = await axios.get(url, { timeout: 5000 });
  res.json({ status: response.status, length: String(response.data).length });
});

integrations.get('/status', async (_req, res) => {
  const response = await axios.get('https://status.example.com/api/v2/summary.json');
  res.json(response.data);
});

integrations.post('/webhook', (req, res) => {
  const signature = req.headers['x-signature'] as string;
  const expected = crypto.createHmac('sha256', config.webhookSecret ?? '').update(JSON.stringify(req.body)).digest('hex');
  if (signature === expected) {
    return res.json({ accepted: true });
  }
  return res.status(401).end();
});

integrations.post('/webhook/v2', (req, res) => {
  const signature = Buffer.from(String(req.headers['x-signature'] ?? ''), 'hex');
  const expected = crypto.createHmac('sha256', config.webhookSecret ?? '').update(JSON.stringify(req.body)).digest();
  if (signature.length === expected.length && crypto.timingSafeEqual(signature, expected)) {
    return res.json({ accepted: true });
  }
  return res.status(401).end();
});

integrations.get('/continue', (req, res) => {
  res.redirect(req.query.next as string);
});

integrations.get('/continue/safe', (_req, res) => {
  res.redirect('/dashboard');
});
