"""Service settings, read from the environment."""
import os

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = "sqlite:///./inventory.db"
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = 30
    password_min_length: int = 12


settings = Settings()

ENVIRONMENT = os.getenv("ENVIRONMENT", "development")
JWT_SECRET = os.getenv("JWT_SECRET", "inventory-dev-secret")
PARTNER_API_TOKEN = os.environ["PARTNER_API_TOKEN"]
TOKEN_URL = "/auth/token"
