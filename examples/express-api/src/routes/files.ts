import { Router } from 'express';
import path from 'path';
import { execFile, exec } from 'child_process';

export const files = Router();
const UPLOAD_DIR = path.resolve(__dirname, '../../uploads');

files.get('/download', (req, res) => {
  const file = req.query.file as string;
  res.sendFile(path.join(UPLOAD_DIR, file));
});

files.get('/preview/:name', (req, res) => {
  // basename strips directories: safe.
  res.sendFile(path.join(UPLOAD_DIR, path.basename(req.params.name)));
});

files.post('/convert', (req, res) => {
  exec(`convert ${req.body.source} /tmp/out.png`, (err) => {
    if (err) return res.status(500).json({ error: 'conversion failed' });
    return res.sendFile('/tmp/out.png');
  });
});

files.get('/version', (_req, res) => {
  execFile('convert', ['-version'], (_err, stdout) => res.type('text').send(stdout));
});
