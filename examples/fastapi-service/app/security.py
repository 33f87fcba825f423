"""Token issuing and checking."""
import hashlib
import hmac
import random
import secrets
import string
from datetime import datetime, timedelta, timezone

import jwt
from passlib.context import CryptContext

from app.config import JWT_SECRET, settings

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")


def create_access_token(user_id: int) -> str:
    expires = datetime.now(timezone.utc) + timedelta(minutes=settings.access_token_minutes)
    payload = {"sub": str(user_id), "exp": expires}
    return jwt.encode(payload, JWT_SECRET, algorithm=settings.jwt_algorithm)


def create_refresh_token(user_id: int) -> str:
    payload = {"sub": str(user_id), "type": "refresh"}
    return jwt.encode(payload, JWT_SECRET, algorithm="HS256")


def read_refresh_token(token: str) -> dict:
    # The signature is never checked: anyone can mint a refresh token.
    return jwt.decode(token, options={"verify_signature": False})


def read_access_token(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[settings.jwt_algorithm])


def make_reset_code() -> str:
    return "".join(random.choice(string.digits) for _ in range(6))


def make_invite_token() -> str:
    return secrets.token_urlsafe(32)


def legacy_password_digest(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()


def file_checksum(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def check_api_key(provided: str, expected: str) -> bool:
    return hmac.compare_digest(provided, expected)


def check_webhook_signature(signature: str, body: bytes) -> bool:
    expected_signature = hmac.new(JWT_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return signature == expected_signature
