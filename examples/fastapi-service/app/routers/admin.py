"""Operator endpoints: the dead-letter queue of failed imports."""
from fastapi import APIRouter, Depends

from app.deps import get_current_user, require_admin

# Authenticated, but any signed-in user may replay or purge the queue.
router = APIRouter(prefix="/admin", dependencies=[Depends(get_current_user)])


@router.get("/queues/dead-letter")
def list_dead_letters():
    return []


@router.post("/queues/dead-letter/replay")
def replay_dead_letters():
    return {"replayed": 0}


@router.delete("/users/{user_id}", dependencies=[Depends(require_admin)])
def delete_user(user_id: int):
    return None
