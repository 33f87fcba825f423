from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import User, get_db

router = APIRouter(prefix="/items")


@router.get("/search")
def search_items(q: str, db: Session = Depends(get_db)):
    rows = db.execute(text(f"SELECT id, name FROM items WHERE name LIKE '%{q}%'"))
    return [dict(row._mapping) for row in rows]


@router.get("/by-owner")
def items_by_owner(owner_id: int, db: Session = Depends(get_db)):
    rows = db.execute(text("SELECT id, name FROM items WHERE owner_id = :owner"), {"owner": owner_id})
    return [dict(row._mapping) for row in rows]


@router.get("/inactive-users")
def inactive_users(db: Session = Depends(get_db)):
    return db.query(User).filter(not User.is_active).all()


@router.get("/active-users")
def active_users(db: Session = Depends(get_db)):
    return db.query(User).filter(User.is_active.is_(True)).all()
