// Runtime configuration read from the environment.
export const config = {
  port: Number(process.env.PORT ?? 3000),
  databaseUrl: process.env.DATABASE_URL,
  // Falls back to a known value when the variable is missing.
  jwtSecret: process.env.JWT_SECRET || 'dev-jwt-secret-change-me',
  sessionSecret: process.env.SESSION_SECRET || 'orders-session-7f3a',
  corsOrigins: (process.env.CORS_ORIGINS ?? '').split(',').filter(Boolean),
  webhookSecret: process.env.WEBHOOK_SECRET,
  tokenPrefix: 'Bearer ',
};
