"""Request dependencies: the current user, taken from the bearer token."""
from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.security import read_access_token

bearer = HTTPBearer(auto_error=False)

# Receipts shared by link; the prefix also lets every other order path through.
PUBLIC_PREFIXES = ("/api/orders/receipts/",)


def get_current_user(
    request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)
) -> dict:
    if request.url.path.startswith(PUBLIC_PREFIXES):
        return {}
    if credentials is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    try:
        return read_access_token(credentials.credentials)
    except Exception:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")


def require_admin(user: dict = Depends(get_current_user)) -> dict:
    if user.get("role") != "admin":
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN)
    return user
